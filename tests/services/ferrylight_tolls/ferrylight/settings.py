"""Settings: class-attribute defaults, overridden from the environment once."""

from __future__ import annotations

import functools
from typing import Any

import envknobs


class FerrylightSettings:
    region: str = "solent"
    dsn: str = "postgres://ferrylight"
    cache_url: str = "redis://ferrylight"
    recognizer_pool: str = "plates-a"
    currency: str = "GBP"
    lanes: int = 4
    poll_seconds: int = 60
    tariff_sync_seconds: int = 300
    embedded_poller: bool = True

    def __init__(self) -> None:
        self.region = envknobs.text("FERRYLIGHT_REGION", self.region)
        self.dsn = envknobs.text("FERRYLIGHT_DSN", self.dsn)
        self.cache_url = envknobs.text("FERRYLIGHT_CACHE", self.cache_url)
        self.recognizer_pool = envknobs.text("FERRYLIGHT_RECOGNIZER_POOL", self.recognizer_pool)
        self.poll_seconds = envknobs.number("FERRYLIGHT_POLL_SECONDS", self.poll_seconds)

    def as_config(self) -> dict[str, Any]:
        """The runtime config the handlers read with ``.get`` (feature keys default there)."""
        return {"region": self.region, "currency": self.currency, "lanes": self.lanes}


@functools.lru_cache
def get_settings() -> FerrylightSettings:
    return FerrylightSettings()
