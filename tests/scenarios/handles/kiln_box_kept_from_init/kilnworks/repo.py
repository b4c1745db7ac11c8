"""Firing schedules and glaze batches, in the studio database."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass
class GlazeBatch:
    batch_id: str
    recipe: str


class FiringRepository:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def kiln_has_firings(self) -> bool:
        count = await self._db.fetch_value("SELECT count(*) FROM firings WHERE finished_at IS NULL")
        return count > 0

    async def queued_glazes(self) -> list[GlazeBatch]:
        rows = await self._db.fetch_all("SELECT batch_id, recipe FROM glazes WHERE state = 'queued'")
        return [GlazeBatch(r["batch_id"], r["recipe"]) for r in rows]

    async def mark_loaded(self, batch_id: str) -> None:
        try:
            await self._db.execute("UPDATE glazes SET state = 'loaded' WHERE batch_id = $1", batch_id)
        except stowage.StowageError:
            log.warning("could not mark glaze batch %s loaded", batch_id)


async def cone_calibration_due(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("kiln:cone-calibration") is not None
