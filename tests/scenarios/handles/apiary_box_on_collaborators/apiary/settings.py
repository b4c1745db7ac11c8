from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ApiarySettings:
    dsn: str
    cache_url: str
    gateway_image: str
    journal_path: str = "/var/lib/apiary/journal"

    @classmethod
    def load(cls) -> ApiarySettings:
        return cls(
            dsn=envknobs.text("APIARY_DSN", "postgres://localhost/apiary"),
            cache_url=envknobs.text("APIARY_CACHE", "redis://localhost"),
            gateway_image=envknobs.text("APIARY_GATEWAY_IMAGE", "apiary-gw:4"),
        )
