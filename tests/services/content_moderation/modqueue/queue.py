"""The review queue, appeals and the shared context."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import kvbox
import stowage

from .settings import ModerationSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Appeal:
    appeal_id: str
    item_id: str


class ReviewQueue:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def review_queue_nonempty(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM review_items WHERE state = 'queued'") > 0

    async def next_batch(self, kind: str) -> list[str]:
        rows = await self.db.fetch_all("SELECT id FROM review_items WHERE kind = $1 LIMIT 50", kind)
        return [r["id"] for r in rows]

    async def appealed_decisions(self) -> list[Appeal]:
        rows = await self.db.fetch_all("SELECT id, item_id FROM appeals WHERE state = 'open'")
        return [Appeal(r["id"], r["item_id"]) for r in rows]


async def policy_bundle_reissued(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("moderation:policy:reissued") is not None


@dataclass
class ModerationContext:
    settings: ModerationSettings
    queue: ReviewQueue
    cache: kvbox.AsyncCache
    box: Any
