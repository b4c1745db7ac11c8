"""The ingot queue and the furnace's state, in the database and the cache."""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


class MeltPhase(enum.Enum):
    CHARGE = 1
    VENT = 2
    POUR = 3

    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def cycle(cls) -> list[MeltPhase]:
        return [cls.CHARGE, cls.VENT, cls.POUR]


@dataclass(frozen=True)
class Ingot:
    ingot_id: str
    grade: str


class IngotStore:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def smelter_heat_active(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM melts WHERE state = 'heating'") > 0

    async def queued_ingots(self) -> list[Ingot]:
        rows = await self.db.fetch_all("SELECT id, grade FROM ingots WHERE state = 'queued'")
        return [Ingot(r["id"], r["grade"]) for r in rows]

    async def log_cold_tick(self, tick: int) -> None:
        try:
            await self.db.execute("INSERT INTO cold_ticks (tick) VALUES ($1)", tick)
        except stowage.StowageError as exc:
            log.warning("cold tick %d not recorded: %s", tick, exc)


async def slag_alert_raised(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("smelter:slag:alert") is not None
