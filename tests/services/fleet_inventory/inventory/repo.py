from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class InventoryRepo:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def fleet_has_inflight_audits(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM audits WHERE finished_at IS NULL") > 0

    def drifted_hosts(self) -> list[str]:
        return [r["hostname"] for r in self.db.fetch_all("SELECT hostname FROM hosts WHERE drifted")]

    def failover_requested(self) -> bool:
        return self.cache.get("inventory:failover") is not None

    def capacity_report_due(self) -> bool:
        return self.cache.get("inventory:capacity-report") is None


def inventory_schema_migrating(repo: InventoryRepo) -> bool:
    return repo.cache.get("inventory:migration") is not None
