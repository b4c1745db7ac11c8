"""The ladle repository over the melt-shop database and the cache."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .jobs import RelineJob

log = logging.getLogger(__name__)


class LadleLineError(Exception):
    """The pour box refused a request; the next round tries again."""


class MeltRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, line: str) -> None:
        self.db = db
        self.cache = cache
        self.line = line

    def ladles_awaiting_pour(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM ladles WHERE state = 'filled'") > 0

    def pending_reline_orders(self) -> list[RelineJob]:
        rows = self.db.fetch_all("SELECT ladle_id, refractory FROM reline_orders WHERE done_at IS NULL")
        return [RelineJob(r["ladle_id"], r["refractory"]) for r in rows]

    def furnace_campaign_ends(self) -> bool:
        return self.cache.get(f"foundry:{self.line}:campaign-end") is not None

    def slag_crust_reported(self, station: str) -> bool:
        return self.cache.get(f"foundry:{self.line}:{station}:crust") is not None
