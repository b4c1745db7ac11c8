"""The rink's records: skating sessions, resurfacing requests, the snow tank, the blade log."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ResurfaceRequest:
    lane: str
    requested_by: str
    flood: bool


@dataclass
class Lane:
    name: str
    needs_flood: bool
    shaved: bool = field(default=False, compare=False)


class RinkRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, rink: str) -> None:
        self.db = db
        self.cache = cache
        self.rink = rink

    def ice_session_ended(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM sessions WHERE ended_at > now() - interval '10 min' AND resurfaced = false") > 0

    def pending_resurface_requests(self) -> list[ResurfaceRequest]:
        rows = self.db.fetch_all("SELECT lane, requested_by, flood FROM resurface_requests WHERE done = false")
        return [ResurfaceRequest(r["lane"], r["requested_by"], r["flood"] == "true") for r in rows]

    def snow_tank_load(self) -> int:
        return self.db.fetch_value("SELECT load FROM snow_tank ORDER BY read_at DESC LIMIT 1")

    def blade_swap_due(self) -> bool:
        return self.cache.get(f"rink:{self.rink}:blade-swapped") is not None

    def mark_resurfaced(self, lanes: list[str]) -> None:
        try:
            self.db.execute("UPDATE sessions SET resurfaced = true WHERE resurfaced = false")
        except stowage.StowageError:
            log.warning("could not mark %d lanes resurfaced; next tick retries", len(lanes))
