from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ShedSettings:
    dsn: str
    cache_url: str
    controller_image: str
    bays: tuple[str, ...] = ("bay-a", "bay-b")
    looms_per_bay: int = 2

    @classmethod
    def from_env(cls) -> ShedSettings:
        return cls(
            dsn=envknobs.text("SHED_DSN", "postgres://localhost/shed"),
            cache_url=envknobs.text("SHED_CACHE", "redis://localhost"),
            controller_image=envknobs.text("SHED_CONTROLLER_IMAGE", "loom-ctl:10"),
        )
