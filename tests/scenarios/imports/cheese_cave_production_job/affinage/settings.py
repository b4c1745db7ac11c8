from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class AffinageSettings:
    dsn: str
    cache_url: str
    controller_image: str
    caves: tuple[str, ...] = ("north", "south")

    @classmethod
    def from_env(cls) -> AffinageSettings:
        return cls(
            dsn=envknobs.text("AFFINAGE_DSN", "postgres://localhost/affinage"),
            cache_url=envknobs.text("AFFINAGE_CACHE", "redis://localhost"),
            controller_image=envknobs.text("AFFINAGE_CONTROLLER_IMAGE", "cave-ctl:3"),
        )
