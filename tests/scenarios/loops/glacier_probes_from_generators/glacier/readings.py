"""Melt readings and survey state."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass

import kvbox
import stowage


@dataclass(frozen=True)
class MeltReading:
    reading_id: str
    borehole: str


class StationRecords:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self._db = db

    async def crevasse_survey_active(self) -> bool:
        return await self._db.fetch_value("SELECT count(*) FROM surveys WHERE kind = 'crevasse' AND open") > 0

    async def melt_readings_pending(self) -> list[MeltReading]:
        rows = await self._db.fetch_all("SELECT reading_id, borehole FROM melt WHERE uploaded = false")
        return [MeltReading(r["reading_id"], r["borehole"]) for r in rows]


async def pending_melt(records: StationRecords) -> AsyncIterator[MeltReading]:
    for reading in await records.melt_readings_pending():
        yield reading


async def probe_firmware_window_open(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("glacier:firmware-window") is not None
