"""The relay worker: one sweep a minute."""

from __future__ import annotations

import logging
from collections.abc import Mapping

import kvbox
import stowage

from . import handlers  # noqa: F401 - registers the handlers
from .context import DeliveryStore, Gateway, RelayContext, open_gateway_box
from .hooks import POST_HOOKS, PRE_HOOKS
from .registry import HANDLERS
from .settings import RelaySettings

log = logging.getLogger(__name__)


class RelayWorker:
    def __init__(self, ctx: RelayContext) -> None:
        self.ctx = ctx

    async def sweep(self) -> None:
        for hook in PRE_HOOKS:
            await hook(self.ctx)
        for handler in HANDLERS:
            try:
                await handler(self.ctx)
            except stowage.StowageError:
                log.exception("handler %s failed", handler.__name__)
        for name, hook in POST_HOOKS.items():
            log.debug("post-hook %s", name)
            await hook(self.ctx)


async def create_worker(env: Mapping[str, str]) -> RelayWorker:
    settings = RelaySettings.from_env(env)
    store = DeliveryStore(await stowage.connect_async(settings.dsn))
    gateway = Gateway(open_gateway_box(settings.gateway_region), settings.gateway_region)
    return RelayWorker(RelayContext(settings, store, gateway, kvbox.AsyncCache("redis://relay")))
