from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class MillSettings:
    dsn: str
    cache_url: str
    controller_image: str

    @classmethod
    def from_env(cls) -> MillSettings:
        return cls(
            dsn=envknobs.text("MILL_DSN", "postgres://localhost/mill"),
            cache_url=envknobs.text("MILL_CACHE", "redis://localhost"),
            controller_image=envknobs.text("MILL_CONTROLLER_IMAGE", "mill-ctl:1"),
        )
