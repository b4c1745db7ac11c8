"""The marsh ledger: what the warden database and cache say about the weirs."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .records import GateOrder, WeirLevel

log = logging.getLogger(__name__)


class MarshWeirLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def marshweir_flow_running(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM gate_runs WHERE ended_at IS NULL") > 0

    def pending_marshweir_orders(self) -> list[GateOrder]:
        rows = self.db.fetch_all("SELECT id, weir, priority FROM gate_orders WHERE state = 'queued'")
        return [GateOrder(r["id"], r["weir"], 1) for r in rows]

    def marshweir_king_tide_survey(self) -> bool:
        return self.cache.get(f"marshweir:{self.site}:king-tide") is not None

    def read_levels(self, weirs: tuple[str, ...]) -> tuple[WeirLevel, ...]:
        base = self.db.fetch_value("SELECT max(level_cm) FROM gauge_readings WHERE taken_at > now() - interval '5 minutes'")
        return tuple(WeirLevel(weir, base + offset) for offset, weir in enumerate(weirs))
