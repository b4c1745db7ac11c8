"""Orders, walk-in panels, reprint requests and the gallery flag."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from .kinds import PanelKind

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PanelJob:
    job_id: str
    kind: PanelKind
    tiles: int = 400


@dataclass(frozen=True)
class ReprintRequest:
    request_id: str
    panel: str


class KioskRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, kiosk: str) -> None:
        self.db = db
        self.cache = cache
        self.kiosk = kiosk

    def kiosk_has_pending_orders(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM orders WHERE state = 'pending'") > 0

    def queued_panel_jobs(self) -> list[PanelJob]:
        rows = self.db.fetch_all("SELECT id, kind, tiles FROM panel_jobs WHERE state = 'queued'")
        return [PanelJob(r["id"], PanelKind(r["kind"]), int(r["tiles"])) for r in rows]

    def walk_in_jobs(self, kinds: tuple[PanelKind, ...]) -> list[PanelJob]:
        jobs: list[PanelJob] = []
        for kind in kinds:
            rows = self.db.fetch_all("SELECT id FROM walk_ins WHERE kind = $1 AND NOT rendered", kind.value)
            jobs.extend(PanelJob(r["id"], kind) for r in rows)
        return jobs

    def reprint_requests(self) -> list[ReprintRequest]:
        rows = self.db.fetch_all("SELECT id, panel FROM reprints WHERE NOT done")
        return [ReprintRequest(r["id"], r["panel"]) for r in rows]

    def gallery_refresh_ordered(self) -> bool:
        return self.cache.get(f"mosaic:{self.kiosk}:gallery-refresh") is not None

    def mark_framed(self, job_id: str) -> None:
        self.cache.set(f"mosaic:{self.kiosk}:framed:{job_id}", "1", ttl=86400)

    def note_tick(self, summary: str) -> None:
        self.cache.set(f"mosaic:{self.kiosk}:last-tick", summary)
