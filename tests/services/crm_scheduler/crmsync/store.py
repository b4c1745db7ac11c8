"""The tenant's sync state."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BouncedWebhook:
    webhook_id: str
    url: str


class CrmStore:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, tenant: str) -> None:
        self.db = db
        self.cache = cache
        self.tenant = tenant

    async def crm_has_dirty_records(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM records WHERE dirty") > 0

    async def bounced_webhooks(self) -> list[BouncedWebhook]:
        rows = await self.db.fetch_all("SELECT id, url FROM webhooks WHERE bounced AND NOT retried")
        return [BouncedWebhook(r["id"], r["url"]) for r in rows]

    async def mapping_version_changed(self) -> bool:
        return await self.cache.get(f"crm:{self.tenant}:mapping-changed") is not None

    async def oauth_refresh_window(self) -> bool:
        return await self.cache.get(f"crm:{self.tenant}:oauth-expiring") is not None
