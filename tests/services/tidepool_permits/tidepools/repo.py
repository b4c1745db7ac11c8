"""The permit repository over the database and the cache."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import kvbox
import stowage

log = logging.getLogger(__name__)


class TidepoolError(Exception):
    """Something the worker decided not to do."""


@dataclass(frozen=True)
class PermitNotice:
    permit_id: str
    email: str


class TickSummary(NamedTuple):
    notices_sent: int
    region: str


class PermitRepository:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, region: str) -> None:
        self.db = db
        self.cache = cache
        self.region = region

    async def permits_under_review(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM permits WHERE state = 'review'") > 0

    async def unsent_permit_notices(self) -> list[PermitNotice]:
        rows = await self.db.fetch_all("SELECT permit_id, email FROM notices WHERE sent_at IS NULL")
        return [PermitNotice(r["permit_id"], r["email"]) for r in rows]

    async def tide_table_rollover(self) -> bool:
        return await self.cache.get(f"tidepool:{self.region}:tide-table") is not None

    async def quota_stale(self) -> bool:
        return await self.cache.get(f"tidepool:{self.region}:quota") is None

    async def mark_sent(self, permit_id: str) -> None:
        await self.cache.set(f"tidepool:sent:{permit_id}", "1", ttl=3600)
