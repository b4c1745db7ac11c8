from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SaunaSettings:
    dsn: str
    cache_url: str
    controller_image: str
    scent_enabled: bool
    target_celsius: int = 85

    @classmethod
    def from_env(cls) -> SaunaSettings:
        return cls(
            dsn=envknobs.text("SAUNA_DSN", "postgres://localhost/sauna"),
            cache_url=envknobs.text("SAUNA_CACHE", "redis://localhost"),
            controller_image=envknobs.text("SAUNA_CONTROLLER_IMAGE", "steam-ctl:3"),
            scent_enabled=envknobs.switch("SAUNA_SCENT"),
        )
