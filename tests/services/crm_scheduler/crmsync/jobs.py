"""Sync jobs, registered by name as this module is imported."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .guards import when_active
from .services import ServiceContainer
from .sessions import ConnectorSession

log = logging.getLogger(__name__)

SYNC_JOBS: dict[str, type[SyncJob]] = {}


def sync_job(name: str) -> Callable[[type[SyncJob]], type[SyncJob]]:
    def register(cls: type[SyncJob]) -> type[SyncJob]:
        cls.job_name = name
        SYNC_JOBS[name] = cls
        return cls

    return register


class SyncJob:
    job_name = "job"

    def __init__(self, services: ServiceContainer, session: ConnectorSession) -> None:
        self.services = services
        self.session = session
        self.store: Any = services.get("store")

    async def run(self) -> None:
        raise NotImplementedError


@sync_job("contacts")
class ContactsJob(SyncJob):
    @when_active
    async def run(self) -> None:
        await self.session.submit("/contacts/sync", {"full": False})


@sync_job("deals")
class DealsJob(SyncJob):
    @when_active
    async def run(self) -> None:
        await self.session.submit("/deals/sync", {"stages": "open"})


@sync_job("webhooks")
class WebhookRetryJob(SyncJob):
    async def run(self) -> None:
        for webhook in await self.store.bounced_webhooks():
            await self.session.submit("/webhooks/retry", {"id": webhook.webhook_id})
