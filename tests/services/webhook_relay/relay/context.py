"""What every handler gets: the store, the gateway, the cache and the settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import kvbox
import stowage

from .settings import RelaySettings

log = logging.getLogger(__name__)


class GatewayBox:
    """The platform's stub for the delivery gateway container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def open_gateway_box(region: str) -> GatewayBox:
    return GatewayBox()


class Gateway:
    def __init__(self, box: Any, region: str) -> None:
        self.box = box
        self.region = region


class DeliveryStore:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def relay_has_inflight(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM deliveries WHERE state = 'inflight'") > 0

    async def failed_deliveries(self) -> list[stowage.Row]:
        return await self.db.fetch_all("SELECT id, url FROM deliveries WHERE state = 'failed'")

    async def dead_letter_count(self) -> int:
        return await self.db.fetch_value("SELECT count(*) FROM dead_letters")


@dataclass
class RelayContext:
    settings: RelaySettings
    store: DeliveryStore
    gateway: Gateway
    cache: kvbox.AsyncCache


async def signing_secret_expiring(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("relay:secret-expiring") is not None
