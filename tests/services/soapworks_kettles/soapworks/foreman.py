"""The kettle-room foreman: its round runs every ten minutes."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from .app import App
from .repository import BatchRepository, KettleBatch

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoundReport:
    poured: int
    resting: int


class SaponificationForeman:
    def __init__(self, app: App) -> None:
        self.app = app
        self._resting: list[KettleBatch] = []

    @staticmethod
    def batch_is_ready(batch: KettleBatch, max_free_alkali_ppm: int, min_cook_minutes: int) -> bool:
        """A batch pours once its free alkali is low enough and it has cooked long enough."""
        return batch.free_alkali_ppm <= max_free_alkali_ppm and batch.minutes_cooked >= min_cook_minutes

    def kettle_round(self) -> None:
        self.read_jackets()
        report = self.work_batches(self.app.services.batches)
        log.info("kettle round: %s", report)
        if self._resting:
            self.app.services.kettles.fetch("/kettles/rest", method="PUT", json={"batches": [b.batch_id for b in self._resting]})
        if self.app.services.lye.lye_charge_in_progress():
            self.app.services.kettles.fetch("/kettles/lye/dose", method="POST")
        if self.app.services.lye.titration_stale(self.app.config["site"]):
            self.app.services.kettles.fetch("/kettles/titrate", method="POST")
        if self.app.services.batches.curing_room_audit_due():
            self.app.services.kettles.set_env_var("SOAPWORKS_CURING_AUDIT", self.app.config["site"])

    def read_jackets(self) -> None:
        self.app.services.kettles.fetch("/kettles/jackets", method="GET")

    def work_batches(self, repo: BatchRepository) -> RoundReport:
        poured = 0
        while batch := repo.next_batch():
            if self.batch_is_ready(batch, self.app.config["max_free_alkali_ppm"], self.app.config["min_cook_minutes"]):
                self.pour(repo, batch)
                poured += 1
            elif batch not in self._resting:
                log.debug("batch %s rests in kettle %s", batch.batch_id, batch.kettle)
                self._resting.append(batch)
        return RoundReport(poured=poured, resting=len(self._resting))

    def pour(self, repo: BatchRepository, batch: KettleBatch) -> None:
        self.app.services.kettles.fetch(f"/kettles/{batch.kettle}/pour", method="POST", json={"batch": batch.batch_id})
        repo.record_poured(batch)
        if batch in self._resting:
            self._resting.remove(batch)
