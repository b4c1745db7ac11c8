"""The outbox tables."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass

import stowage

log = logging.getLogger(__name__)


@dataclass
class Bounce:
    message_id: str
    reason: str


class OutboxRepo:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def mailbox_has_traffic(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM outbox WHERE sent_at IS NULL") > 0

    async def outgoing_batches(self, size: int) -> AsyncIterator[list[stowage.Row]]:
        while True:
            rows = await self.db.fetch_all("SELECT * FROM outbox WHERE sent_at IS NULL LIMIT $1", size)
            if not rows:
                return
            yield rows

    async def pending_bounces(self) -> list[Bounce]:
        rows = await self.db.fetch_all("SELECT message_id, reason FROM bounces WHERE handled = false")
        return [Bounce(r["message_id"], r["reason"]) for r in rows]

    async def bounce_backlog(self) -> int:
        return await self.db.fetch_value("SELECT count(*) FROM bounces WHERE handled = false AND retried")
