from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class DistillerySettings:
    dsn: str
    cache_url: str
    controller_image: str

    @classmethod
    def from_env(cls) -> DistillerySettings:
        return cls(
            dsn=envknobs.text("STILLS_DSN", "postgres://localhost/stills"),
            cache_url=envknobs.text("STILLS_CACHE", "redis://localhost"),
            controller_image=envknobs.text("STILLS_CONTROLLER_IMAGE", "still-ctl:7"),
        )
