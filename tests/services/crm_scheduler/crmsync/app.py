from __future__ import annotations

import logging

import kvbox
import stowage

from .connector import provision_crm_box
from .room import CrmSyncRoom
from .services import ServiceContainer
from .settings import CrmSettings
from .store import CrmStore

log = logging.getLogger(__name__)


async def create_room(tenant: str) -> CrmSyncRoom:
    settings = CrmSettings.for_tenant(tenant)
    db = await stowage.connect_async(settings.dsn)
    cache = kvbox.AsyncCache(settings.cache_url)
    services = ServiceContainer()
    services.provide("store", lambda: CrmStore(db, cache, tenant))
    services.provide("box", lambda: provision_crm_box(tenant, settings.connector_image))
    log.info("CRM room for %s", tenant)
    return CrmSyncRoom(settings, services)
