"""Services over the press-line box: the profile cache and the glue station."""

from __future__ import annotations

import logging

from .boxes import BinderyBox
from .models import GluePot, PressAlert, PressJob, PressProfile

log = logging.getLogger(__name__)


class PressProfiles:
    """Press profiles per paper stock, asked of the press once and kept."""

    def __init__(self, box: BinderyBox) -> None:
        self.box = box
        self._profiles: dict[str, PressProfile] = {}

    def profile_for(self, stock: str) -> PressProfile:
        try:
            return self._profiles[stock]
        except KeyError:
            log.info("no press profile cached for %s; asking the press", stock)
            reply = self.box.fetch(f"/profiles/{stock}", method="GET")
            profile = self._profiles[stock] = PressProfile.from_reply(stock, reply.json())
            return profile


class GlueStation:
    def __init__(self, box: BinderyBox) -> None:
        self.box = box

    def glue(self, job: PressJob, profile: PressProfile) -> None:
        log.info("gluing %s (%s) for %ds", job.id, job.title, profile.dwell_seconds)
        self.box.fetch(f"/jobs/{job.id}/glue", method="POST", json={"dwell": profile.dwell_seconds, "clamp": profile.clamp_bar})

    def report_backlog(self, queued: int) -> None:
        self.box.fetch("/line/backlog", method="PUT", json={"queued": queued})

    def park_press(self) -> None:
        log.debug("nothing queued; parking the press")
        self.box.fetch("/presses/park", method="POST")

    def read_clamp_pressure(self) -> None:
        reply = self.box.fetch("/presses/clamp", method="GET")
        log.info("clamp pressure: %s", reply.json().get("bar"))

    def acknowledge(self, alert: PressAlert) -> None:
        log.warning("press alert %s at %s (%s)", alert.alert_id, alert.station, alert.severity)
        self.box.fetch(f"/alerts/{alert.alert_id}/ack", method="POST")

    def announce_glue_pot(self, pot: GluePot) -> None:
        self.box.set_env_var("GLUE_POT_BATCH", pot.batch_code)
