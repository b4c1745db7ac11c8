"""The observing ledger: the night's database and the weather cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExposureRequest:
    request_id: str
    target: str
    priority: str
    filter_band: str

    @classmethod
    def from_row(cls, row: stowage.Row) -> ExposureRequest:
        return cls(row["request_id"], row["target"], row["priority"], row["filter_band"])


@dataclass(frozen=True)
class SlewTarget:
    name: str
    ra: str
    dec: str

    @classmethod
    def from_row(cls, row: stowage.Row) -> SlewTarget:
        return cls(row["name"], row["ra"], row["dec"])


class ObservingLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def observing_run_in_progress(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM observing_runs WHERE ended_at IS NULL") > 0

    def queued_exposure_requests(self) -> list[ExposureRequest]:
        rows = self.db.fetch_all("SELECT request_id, target, priority, filter_band FROM exposure_queue")
        return [ExposureRequest.from_row(r) for r in rows]

    def pointing_model_recalibration_due(self) -> bool:
        return self.cache.get(f"skydome:{self.site}:pointing-refit") is not None

    def gust_alert(self, mast: str) -> bool:
        return self.cache.get(f"skydome:{self.site}:mast:{mast}:gust") is not None

    def slew_targets(self) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT name, ra, dec FROM run_targets WHERE slewed_at IS NULL")

    def mark_exposed(self, request_id: str) -> None:
        self.db.execute("UPDATE exposure_queue SET exposed_at = now() WHERE request_id = %s", request_id)
