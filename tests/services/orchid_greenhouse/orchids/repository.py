"""The greenhouse repository over the async database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ZoneRow:
    zone_id: str
    bench: str
    probe_serial: str


@dataclass(frozen=True)
class RepotTicket:
    plant_id: str
    zone_id: str
    pot_size: str


class GreenhouseRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, house: str) -> None:
        self.db = db
        self.cache = cache
        self.house = house

    async def zone_rows(self) -> list[ZoneRow]:
        rows = await self.db.fetch_all("SELECT zone_id, bench, probe_serial FROM zones WHERE active")
        return [ZoneRow(zone_id=r["zone_id"], bench=r["bench"], probe_serial=r["probe_serial"]) for r in rows]

    async def zones_by_id(self) -> dict[str, ZoneRow]:
        return {zone.zone_id: zone for zone in await self.zone_rows()}

    async def orchid_misting_cycle_running(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM misting_cycles WHERE finished_at IS NULL") > 0

    async def orchids_awaiting_repot(self) -> list[RepotTicket]:
        rows = await self.db.fetch_all("SELECT plant_id, zone_id, pot_size FROM repot_queue WHERE done_at IS NULL")
        return [RepotTicket(r["plant_id"], r["zone_id"], r["pot_size"]) for r in rows]

    async def orchid_bloom_season_turnover(self) -> bool:
        return await self.cache.get(f"orchids:{self.house}:bloom-season") is not None

    async def remember_readings(self, fresh_by_zone: dict[str, bool]) -> None:
        for zone_id, fresh in fresh_by_zone.items():
            await self.cache.set(f"orchids:{self.house}:probe:{zone_id}", "fresh" if fresh else "stale", ttl=1800)
