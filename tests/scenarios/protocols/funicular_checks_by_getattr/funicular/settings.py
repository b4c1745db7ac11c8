from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class FunicularSettings:
    dsn: str
    cache_url: str
    controller_image: str
    winter_service: bool

    @classmethod
    def from_env(cls) -> FunicularSettings:
        return cls(
            dsn=envknobs.text("FUNICULAR_DSN", "postgres://localhost/funicular"),
            cache_url=envknobs.text("FUNICULAR_CACHE", "redis://localhost"),
            controller_image=envknobs.text("FUNICULAR_CONTROLLER_IMAGE", "car-ctl:3"),
            winter_service=envknobs.switch("FUNICULAR_WINTER"),
        )
