"""Soundings, cornice alerts, the thaw calendar and the avalanche bulletin."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage
import wirecall

log = logging.getLogger(__name__)


class BulletinUnavailable(Exception):
    """The avalanche bulletin service did not answer."""


@dataclass(frozen=True)
class CorniceAlert:
    alert_id: str
    slope: str


class SnowpackStore:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, http: wirecall.AsyncClient,
                 station: str) -> None:
        self.db = db
        self.cache = cache
        self.http = http
        self.station = station

    async def snowpack_has_unsynced_soundings(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM soundings WHERE NOT synced") > 0

    async def cornice_alerts_pending(self) -> list[CorniceAlert]:
        rows = await self.db.fetch_all("SELECT id, slope FROM cornice_alerts WHERE NOT cleared")
        return [CorniceAlert(r["id"], r["slope"]) for r in rows]

    async def thaw_cycle_window(self) -> bool:
        return await self.cache.get(f"snowpack:{self.station}:thaw") is not None

    async def fetch_bulletin_level(self) -> int:
        reply = await self.http.get(f"/bulletins/{self.station}")
        if not reply.ok:
            raise BulletinUnavailable(f"bulletin for {self.station}: {reply.status_code}")
        return int(reply.json().get("level", 1))
