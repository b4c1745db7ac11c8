"""The mooring repository over the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuoyAlert:
    alert_id: str
    buoy_id: str
    kind: str


@dataclass(frozen=True)
class BuoyRegistration:
    buoy_id: str
    berth: str


class MooringRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, region: str) -> None:
        self.db = db
        self.cache = cache
        self.region = region

    async def storm_watch_active(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM storm_warnings WHERE lifted_at IS NULL") > 0

    async def pending_buoy_alerts(self) -> list[BuoyAlert]:
        rows = await self.db.fetch_all("SELECT alert_id, buoy_id, kind FROM buoy_alerts WHERE relayed_at IS NULL")
        return [BuoyAlert(r["alert_id"], r["buoy_id"], r["kind"]) for r in rows]

    async def harbour_dues_quarter_close(self) -> bool:
        return await self.cache.get(f"marina:{self.region}:dues-quarter-closing") is not None

    async def registrations_since_boot(self) -> list[BuoyRegistration]:
        rows = await self.db.fetch_all("SELECT buoy_id, berth FROM buoys WHERE calibrated_at IS NULL")
        return [BuoyRegistration(r["buoy_id"], r["berth"]) for r in rows]

    async def mark_alert_relayed(self, alert_id: str) -> None:
        try:
            await self.db.execute("UPDATE buoy_alerts SET relayed_at = now() WHERE alert_id = $1", alert_id)
        except stowage.StowageError:
            log.warning("alert %s relayed but not marked; it will be relayed again", alert_id)

    async def record_probe(self, silent: int) -> None:
        await self.cache.set(f"marina:{self.region}:silent-buoys", str(silent), ttl=300)
