"""The scale desk: every conversation with the brood-scale container."""

from __future__ import annotations

import logging

from .broodbox import BroodScaleBox, with_retries
from .repository import NectarWeighing

logger = logging.getLogger(__name__)


class ScaleDesk:
    def __init__(self, box: BroodScaleBox, yard: str) -> None:
        self.box = box
        self.yard = yard

    def push_heartbeat(self, yard: str, *, source: str) -> None:
        logger.info("heartbeat for %s (%s)", yard, source)
        with_retries(self.box.fetch, "/heartbeat", method="PUT", json={"yard": yard, "source": source})

    def open_swarm_watch(self) -> None:
        logger.info("swarm season opened in %s", self.yard)
        with_retries(self.box.fetch, "/swarm-watch", method="POST", json={"yard": self.yard})
        logger.info("swarm watch running in %s", self.yard)

    def ack_report(self, hive_id: str, *, channel: str) -> None:
        logger.info("acknowledging report of hive %s on %s", hive_id, channel)
        self.box.fetch(f"/reports/{hive_id}/ack", method="POST", json={"channel": channel})

    def open_inspection_session(self, hive_id: str, *, reason: str) -> None:
        logger.info("opening inspection session for hive %s (%s)", hive_id, reason)
        self.box.fetch(f"/hives/{hive_id}/inspection", method="POST", json={"reason": reason})

    def record_weighing(self, weighing: NectarWeighing) -> None:
        self.box.fetch(f"/hives/{weighing.hive_id}/weighings", method="POST", json={"grams": weighing.grams})
        logger.info("logged %d g for hive %s", weighing.grams, weighing.hive_id)

    def tare_all(self) -> None:
        logger.info("taring every scale in %s after an inspection", self.yard)
        self.box.fetch("/scales/tare", method="POST", json={"yard": self.yard})

    def resync_hive(self, hive_id: str) -> None:
        logger.info("resyncing stale hive %s", hive_id)
        self.box.fetch(f"/hives/{hive_id}/resync", method="POST")

    def log_firmware(self) -> None:
        logger.info("brood box firmware for %s: %s", self.yard, self.box.fetch("/firmware").json())
