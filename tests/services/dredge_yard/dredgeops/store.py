"""Cuts, spoil loads, tow requests and the survey schedule (database and cache)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SpoilLoad:
    load_id: str
    barge: str


@dataclass(frozen=True)
class TowRequest:
    request_id: str
    vessel: str


class DredgeStore:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, yard: str, page_size: int) -> None:
        self.db = db
        self.cache = cache
        self.yard = yard
        self.page_size = page_size

    def dredge_has_open_cuts(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM cuts WHERE state = 'open'") > 0

    def pending_spoil_loads(self) -> list[SpoilLoad]:
        rows = self.db.fetch_all("SELECT id, barge FROM spoil_loads WHERE NOT loaded")
        return [SpoilLoad(r["id"], r["barge"]) for r in rows]

    def fetch_tow_page(self, offset: int) -> list[TowRequest]:
        rows = self.db.fetch_all("SELECT id, vessel FROM tows LIMIT $1 OFFSET $2", self.page_size, offset)
        return [TowRequest(r["id"], r["vessel"]) for r in rows]

    def iter_tow_requests(self) -> Iterator[TowRequest]:
        offset = 0
        while True:
            page = self.fetch_tow_page(offset)
            if not page:
                break
            yield from page
            if len(page) < self.page_size:
                break
            offset += len(page)

    def sonar_survey_due(self) -> bool:
        return self.cache.get(f"dredge:{self.yard}:survey") is not None

    def record_tick(self, state_name: str) -> bool:
        try:
            self.db.execute("INSERT INTO yard_ticks (state) VALUES ($1)", state_name)
        except stowage.StowageError as exc:
            log.warning("tick not recorded: %s", exc)
            return False
        return True
