from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class RollupStore:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def rollup_window_open(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM windows WHERE closed_at IS NULL") > 0

    def late_datapoints(self, family: str) -> list[stowage.Row]:
        return self.db.fetch_all("SELECT * FROM late_points WHERE family = $1", family)

    def health_check_due(self) -> bool:
        return self.db.fetch_one("SELECT 1 FROM health_checks WHERE due_at < now()") is not None


def retention_policy_changed(cache: kvbox.Cache) -> bool:
    return cache.get("rollup:retention-changed") is not None
