"""The toll repository: the database, the cache and the plate box, all from ``app.state``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .asgi import FerrylightApp

log = logging.getLogger(__name__)


class FerrylightError(Exception):
    """Something the poller decided not to do."""


@dataclass(frozen=True)
class PlateRead:
    read_id: str
    plate: str
    lane: str


class TollRepository:
    def __init__(self, app: FerrylightApp) -> None:
        state = app.state
        self.box = state.box
        self.db = state.db
        self.cache = state.cache
        self.region: str = state.settings.region

    # -- what the database and the cache say ------------------------------------------

    async def crossings_underway(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM crossings WHERE state = 'boarding'") > 0

    async def unbilled_plate_reads(self) -> list[PlateRead]:
        rows = await self.db.fetch_all("SELECT read_id, plate, lane FROM plate_reads WHERE billed_at IS NULL")
        return [PlateRead(r["read_id"], r["plate"], r["lane"]) for r in rows]

    async def tariff_season_turnover(self) -> bool:
        return await self.cache.get(f"ferrylight:{self.region}:season-turnover") is not None

    async def tariff_rows(self) -> list[dict[str, Any]]:
        return [dict(r) for r in await self.db.fetch_all("SELECT vehicle_class, fare FROM tariffs")]

    async def mark_billed(self, read: PlateRead) -> None:
        await self.db.execute("UPDATE plate_reads SET billed_at = now() WHERE read_id = $1", read.read_id)

    # -- the plate-recognition box ---------------------------------------------------

    async def recognizer_status(self) -> Any:
        return await self.box.fetch("/status")

    async def sync_tariffs(self) -> None:
        tariffs = await self.tariff_rows()
        await self.box.fetch("/tariffs", method="PUT", json={"region": self.region, "tariffs": tariffs})

    async def confirm_manifest(self) -> None:
        await self.box.fetch("/manifests/confirm", method="POST")

    async def warm_recognizer(self) -> None:
        await self.box.fetch("/warm", method="POST")

    async def roll_tariff_season(self, region: str) -> None:
        await self.box.set_env_var("FERRYLIGHT_TARIFF_SEASON", region)

    async def lookup_plate(self, plate: str) -> dict[str, Any]:
        reply = await self.box.fetch(f"/plates/{plate}")
        return await reply.json()
