"""The signal book: the tower's record of dispatches, in the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

import kvbox
import stowage

log = logging.getLogger(__name__)


class TowerLineError(Exception):
    """Something the tower decided not to do."""


@dataclass(frozen=True)
class Dispatch:
    dispatch_id: str
    groups: str
    origin: str


@dataclass(frozen=True)
class LineMessage:
    kind: str
    body: dict[str, Any] = field(default_factory=dict)


class SignalBookRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, station: str) -> None:
        self.db = db
        self.cache = cache
        self.station = station

    def dispatches_awaiting_relay(self) -> list[Dispatch]:
        rows = self.db.fetch_all("SELECT id, groups, origin FROM dispatches WHERE relayed_at IS NULL")
        return [Dispatch(r["id"], r["groups"], r["origin"]) for r in rows]

    def transmission_in_flight(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM dispatches WHERE state = 'sending'") > 0

    def codebook_revision_due(self) -> bool:
        return self.cache.get(f"chappe:{self.station}:codebook-reissue") is not None

    def current_codebook(self) -> str:
        return self.cache.get("chappe:codebook:revision") or "vocabulary-1799"

    def mark_relayed(self, dispatch_id: str) -> None:
        self.db.execute("UPDATE dispatches SET relayed_at = now() WHERE id = %s", dispatch_id)
