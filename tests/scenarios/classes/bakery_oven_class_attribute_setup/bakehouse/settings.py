from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BakehouseSettings:
    dsn: str
    cache_url: str
    oven_image: str
    remote_probe: bool

    @classmethod
    def from_env(cls) -> BakehouseSettings:
        return cls(
            dsn=envknobs.text("BAKEHOUSE_DSN", "postgres://localhost/bakehouse"),
            cache_url=envknobs.text("BAKEHOUSE_CACHE", "redis://localhost"),
            oven_image=envknobs.text("BAKEHOUSE_OVEN_IMAGE", "oven-ctl:9"),
            remote_probe=envknobs.switch("BAKEHOUSE_REMOTE_PROBE"),
        )
