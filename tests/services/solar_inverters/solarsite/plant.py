"""Strings, inverters and export state."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TrippedString:
    string_id: str
    inverter: str


class PlantRecords:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def site_exporting_power(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM meters WHERE export_kw > 0") > 0

    async def tripped_strings(self) -> list[TrippedString]:
        rows = await self.db.fetch_all("SELECT id, inverter FROM strings WHERE tripped")
        return [TrippedString(r["id"], r["inverter"]) for r in rows]

    async def irradiance(self) -> int:
        return await self.db.fetch_value("SELECT avg(w_m2) FROM irradiance WHERE at > now() - interval '5 min'")


async def grid_code_revised(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("solar:grid-code:revised") is not None
