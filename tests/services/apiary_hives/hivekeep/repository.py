"""The hive repository: a DB-API-shaped cursor over the database, and the cache."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from typing import Any

import kvbox
import stowage

logger = logging.getLogger(__name__)


class HiveKeepError(Exception):
    """Something the keeper decided not to do."""


@dataclass(frozen=True)
class NectarWeighing:
    hive_id: str
    grams: int


class HiveCursor:
    """A small DB-API-style cursor: ``execute`` then ``fetchall``/``fetchone``, then ``close``."""

    def __init__(self, db: stowage.Database) -> None:
        self._db = db
        self._rows: list[stowage.Row] = []
        self.closed = False

    def execute(self, sql: str, *params: Any) -> None:
        if self.closed:
            raise HiveKeepError("cursor is closed")
        self._rows = self._db.fetch_all(sql, *params)

    def fetchall(self) -> list[stowage.Row]:
        rows, self._rows = self._rows, []
        return rows

    def fetchone(self) -> stowage.Row | None:
        return self._rows.pop(0) if self._rows else None

    def close(self) -> None:
        self._rows = []
        self.closed = True


class HiveRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, yard: str) -> None:
        self._db = db
        self._cache = cache
        self.yard = yard

    def cursor(self) -> HiveCursor:
        return HiveCursor(self._db)

    def hives_open_for_inspection(self) -> bool:
        with contextlib.closing(self.cursor()) as cur:
            cur.execute("SELECT hive_id FROM inspections WHERE closed_at IS NULL LIMIT 1")
            return cur.fetchone() is not None

    def unlogged_nectar_weighings(self) -> list[NectarWeighing]:
        with contextlib.closing(self.cursor()) as cur:
            cur.execute("SELECT hive_id, grams FROM weighings WHERE logged_at IS NULL")
            return [NectarWeighing(row["hive_id"], int(row.get("grams", 0))) for row in cur.fetchall()]

    def swarm_season_opened(self) -> bool:
        return self._cache.get(f"hivekeep:{self.yard}:swarm-season") is not None
