"""The intake repository: tanker deliveries in the database, lab flags in the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(slots=True)
class MilkDelivery:
    ticket: str
    member_id: str
    route: str
    accepted: bool = False


class IntakeRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def fetch_intake(self) -> list[MilkDelivery]:
        rows = self.db.fetch_all("SELECT ticket, member_id, route FROM deliveries WHERE settled_at IS NULL")
        return [MilkDelivery(r["ticket"], r["member_id"], r["route"]) for r in rows]

    def silo_chillers_running(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM chillers WHERE state = 'running'") > 0

    def patronage_quarter_closing(self) -> bool:
        return self.cache.get(f"creamery:{self.site}:patronage-close") is not None

    def rejected_on_sight(self, ticket: str) -> bool:
        return self.cache.get(f"creamery:reject:{ticket}") is not None

    def mark_settled(self, tickets: list[str]) -> None:
        self.db.execute("UPDATE deliveries SET settled_at = now() WHERE ticket = ANY(%s)", tickets)
