"""The bindery's repository: every read hands back plain dicts (or a bool)."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

log = logging.getLogger(__name__)


class BinderyError(Exception):
    """Something the glue line decided not to do."""


class BinderyRepository:
    JOB_COLUMNS = ("id", "title", "stock", "priority")
    ALERT_COLUMNS = ("alert_id", "station", "severity")

    def __init__(self, db: stowage.Database, cache: kvbox.Cache, line: str) -> None:
        self.db = db
        self.cache = cache
        self.line = line

    def queued_binding_rows(self) -> list[dict[str, Any]]:
        rows = self.db.fetch_all("SELECT id, title, stock, priority FROM binding_jobs WHERE state = 'queued'", self.line)
        return [{c: r[c] for c in self.JOB_COLUMNS} for r in rows]

    def open_press_alerts(self) -> list[dict[str, Any]]:
        rows = self.db.fetch_all("SELECT alert_id, station, severity FROM press_alerts WHERE acked_at IS NULL", self.line)
        return [{c: r[c] for c in self.ALERT_COLUMNS} for r in rows]

    def glue_press_clamped(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM press_clamps WHERE closed = true", self.line) > 0

    def glue_pot_changeover(self) -> bool:
        return self.cache.get(f"bindery:{self.line}:glue-pot-changed") is not None

    def current_glue_pot_row(self) -> dict[str, Any]:
        row = self.db.fetch_one("SELECT batch_code, melt_point FROM glue_pots ORDER BY fitted_at DESC LIMIT 1", self.line)
        if row is None:
            raise BinderyError("no glue pot on record")
        return {"batch_code": row["batch_code"], "melt_point": row["melt_point"]}

    def mark_glued(self, job_id: str) -> None:
        self.db.execute("UPDATE binding_jobs SET state = 'glued' WHERE id = %s", job_id)
