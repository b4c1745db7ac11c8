from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class QuarrySettings:
    dsn: str
    cache_url: str
    unit_image: str
    benches: tuple[str, ...] = ("north", "east")

    @classmethod
    def from_env(cls) -> QuarrySettings:
        return cls(
            dsn=envknobs.text("QUARRY_DSN", "postgres://localhost/quarry"),
            cache_url=envknobs.text("QUARRY_CACHE", "redis://localhost"),
            unit_image=envknobs.text("QUARRY_UNIT_IMAGE", "quarry-unit:5"),
        )
