"""The timing, lighting and scoreboard consoles."""

from __future__ import annotations

import logging

from .boxes import TracksideConsole, VelodromeError
from .lighting import LightingCue
from .repository import LapSplit, RecordClaim

log = logging.getLogger(__name__)


class TimingConsole(TracksideConsole):
    def publish_heartbeat(self, venue: str) -> None:
        if self.client is None:
            return
        self.client.fetch("/timing/heartbeat", method="PUT", json={"venue": venue})

    def post_split(self, number: int, split: LapSplit) -> None:
        if self.client is None:
            return
        self.client.fetch(f"/timing/splits/{split.rider}", method="POST", json={"n": number, "ms": split.lap_ms})

    def sync_gate_clocks(self, heat_distance_m: int) -> None:
        if self.client is None:
            return
        self.client.fetch("/timing/gates/sync", method="POST", json={"distance": heat_distance_m})

    def certify_record(self, claim: RecordClaim) -> None:
        if self.client is None:
            return
        reply = self.client.fetch(f"/timing/records/{claim.event}", method="POST", json={"rider": claim.rider})
        if not reply.ok:
            raise VelodromeError(f"record for {claim.rider} not certified by {self.box_name}")


class LightingConsole(TracksideConsole):
    def apply(self, cue: LightingCue) -> None:
        if self.client is None:
            return
        if cue.effect == "chase":
            self.client.fetch(f"/lights/{cue.group.channel}/chase", method="POST", json={"speed": cue.level})
        else:
            self.client.fetch(f"/lights/{cue.group.channel}/level", method="PUT", json={"level": cue.level})


class ScoreboardConsole(TracksideConsole):
    def show_clock(self, clock: str) -> None:
        if self.client is None:
            return
        self.client.fetch("/board/clock", method="PUT", json={"clock": clock})

    def show_standings(self, board: str) -> None:
        if self.client is None:
            log.debug("no scoreboard fitted; standings: %s", board)
            return
        self.client.fetch("/board/standings", method="PUT", json={"text": board})
