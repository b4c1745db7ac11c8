"""The feeder repository: the aviary database and the keepers' cache."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FeederSnapshot:
    """What the perch sensors said at the start of a tick."""

    zone: str
    has_hungry_birds: bool
    perches_occupied: int


@dataclass(frozen=True)
class FeederReading:
    feeder_id: str
    seed_scoops: int

    def as_json(self) -> dict[str, object]:
        return {"feeder": self.feeder_id, "scoops": self.seed_scoops}


class FeederRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, zone: str,
                 feeder_ids: tuple[str, ...]) -> None:
        self.db = db
        self.cache = cache
        self.zone = zone
        self.feeder_ids = feeder_ids

    async def take_snapshot(self) -> FeederSnapshot:
        begging = await self.db.fetch_value("SELECT count(DISTINCT perch_id) FROM perch_events WHERE kind = 'begging' AND at > now() - interval '10 minutes'")
        return FeederSnapshot(zone=self.zone, has_hungry_birds=begging > 0, perches_occupied=begging)

    async def feeder_readings(self) -> AsyncIterator[FeederReading]:
        for feeder_id in self.feeder_ids:
            scoops = await self.db.fetch_value("SELECT seed_scoops FROM feeder_levels WHERE feeder_id = $1", feeder_id)
            yield FeederReading(feeder_id, scoops)

    async def jammed_feeder_ids(self) -> list[str]:
        rows = await self.db.fetch_all("SELECT feeder_id FROM feeder_faults WHERE kind = 'auger-jam' AND cleared_at IS NULL")
        return [r["feeder_id"] for r in rows]

    async def weekly_seed_restock_due(self) -> bool:
        return await self.cache.get(f"aviary:{self.zone}:restock-week") is not None

    async def record_restock(self) -> None:
        await self.cache.set(f"aviary:{self.zone}:restock-week", "", ttl=1)
