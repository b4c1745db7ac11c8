"""Settings for the mold poller, read once at start-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FoundrySettings:
    site: str
    dsn: str
    cache_url: str
    store_backend: str = "sql"
    order_topic: str = "bell-orders"
    order_batch: int = 10
    wake_grace: float = 0.005
    hold_celsius: int = 1100
    alloy: str = "bell-bronze-78-22"

    @classmethod
    def from_env(cls, site: str) -> FoundrySettings:
        settings = cls(
            site=site,
            dsn=envknobs.text("BELLFOUNDRY_DSN", "postgres://bellfoundry"),
            cache_url=envknobs.text("BELLFOUNDRY_CACHE", "redis://bellfoundry"),
            store_backend=envknobs.text("BELLFOUNDRY_STORE", "sql"),
            order_topic=envknobs.text("BELLFOUNDRY_ORDER_TOPIC", "bell-orders"),
            order_batch=envknobs.number("BELLFOUNDRY_ORDER_BATCH", 10),
            wake_grace=envknobs.number("BELLFOUNDRY_WAKE_GRACE_MS", 5) / 1000,
            hold_celsius=envknobs.number("BELLFOUNDRY_HOLD_CELSIUS", 1100),
            alloy=envknobs.text("BELLFOUNDRY_ALLOY", "bell-bronze-78-22"),
        )
        log.debug("settings for %s: %s", site, settings)
        return settings
