from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Fanout:
    message_id: str
    audience: str


class SessionTable:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def hub_has_live_sockets(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM sockets WHERE closed_at IS NULL") > 0

    async def queued_fanouts(self) -> list[Fanout]:
        rows = await self.db.fetch_all("SELECT message_id, audience FROM fanouts WHERE sent = false")
        return [Fanout(r["message_id"], r["audience"]) for r in rows]

    async def listening_rooms(self) -> list[str]:
        return [r["room"] for r in await self.db.fetch_all("SELECT room FROM listeners LIMIT 1")]

    async def expire_ghosts(self) -> int:
        return await self.db.execute("DELETE FROM sockets WHERE last_seen_at < now() - interval '2 minutes'")


async def presence_schema_stale(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("presence:schema") != "v3"
