"""A tenant's CRM sync room; the platform fires its alarm every five minutes."""

from __future__ import annotations

import logging

from .connector import push_field_mapping
from .guards import when_active
from .jobs import SYNC_JOBS
from .services import ServiceContainer
from .sessions import crm_session
from .settings import CrmSettings
from .store import CrmStore

log = logging.getLogger(__name__)

FIELD_MAPPING = {"email": "Email", "company": "Account.Name"}


class CrmSyncRoom:
    def __init__(self, settings: CrmSettings, services: ServiceContainer) -> None:
        self.settings = settings
        self.services = services
        self.store: CrmStore = services.get("store")

    async def alarm(self) -> None:
        box = self.services.get("box")
        async with crm_session(box, self.settings.tenant) as session:
            for name in self.settings.job_order:
                await SYNC_JOBS[name](self.services, session).run()
        await self.publish_stats()
        await self.sync_field_mapping()
        await self.refresh_oauth()

    @when_active
    async def publish_stats(self) -> None:
        await self.services.get("box").fetch("/stats", method="POST")

    async def sync_field_mapping(self) -> None:
        if await self.store.mapping_version_changed():
            await push_field_mapping(self.services.get("box"), FIELD_MAPPING)

    async def refresh_oauth(self) -> None:
        if await self.store.oauth_refresh_window():
            await self.services.get("box").set_env_var("CRM_OAUTH_TOKEN", "refreshed")
