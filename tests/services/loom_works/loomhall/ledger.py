"""The mill ledger: loom stops, shuttle faults and bolts, over the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from itertools import chain

import kvbox
import stowage

log = logging.getLogger(__name__)


class LoomWorksError(Exception):
    """Something the floor supervisor decided not to do."""


@dataclass
class LoomStop:
    loom: str
    kind: str
    ticket: str = field(init=False)

    def __post_init__(self) -> None:
        self.loom = self.loom.strip()
        self.ticket = f"{self.loom}:{self.kind}"


@dataclass(frozen=True)
class ShuttleFault:
    fault_id: str
    loom: str


@dataclass(frozen=True)
class WovenBolt:
    bolt_id: str
    loom: str
    grade: str


class WarpLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, shed: str) -> None:
        self.db = db
        self.cache = cache
        self.shed = shed

    def loom_stops(self) -> list[LoomStop]:
        warp = self.db.fetch_all("SELECT loom FROM loom_stops WHERE cause = 'warp' AND seen_at IS NULL")
        weft = self.db.fetch_all("SELECT loom FROM loom_stops WHERE cause = 'weft' AND seen_at IS NULL")
        return list(chain((LoomStop(r["loom"], "warp") for r in warp), (LoomStop(r["loom"], "weft") for r in weft)))

    def shuttle_faults_pending(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM shuttle_faults WHERE closed_at IS NULL") > 0

    def oldest_shuttle_fault(self) -> ShuttleFault | None:
        row = self.db.fetch_one("SELECT id, loom FROM shuttle_faults WHERE closed_at IS NULL ORDER BY opened_at LIMIT 1")
        return None if row is None else ShuttleFault(row["id"], row["loom"])

    def close_fault(self, fault: ShuttleFault) -> None:
        self.db.execute("UPDATE shuttle_faults SET closed_at = now() WHERE id = %s", fault.fault_id)

    def bolts_awaiting_inspection(self) -> list[WovenBolt]:
        rows = self.db.fetch_all("SELECT id, loom, grade FROM bolts WHERE inspected_at IS NULL")
        return [WovenBolt(r["id"], r["loom"], r["grade"]) for r in rows]

    def warp_beam_changeover(self) -> bool:
        return self.cache.get(f"loomworks:{self.shed}:beam-changeover") is not None

    def mark_stops_seen(self) -> None:
        self.cache.set(f"loomworks:{self.shed}:stops-seen", "1", ttl=600)
