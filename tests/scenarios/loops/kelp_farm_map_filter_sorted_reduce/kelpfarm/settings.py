from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class KelpLeaseSettings:
    dsn: str
    cache_url: str
    buoy_image: str
    line_names: tuple[str, ...] = ("north", "south")

    @classmethod
    def from_env(cls) -> KelpLeaseSettings:
        return cls(
            dsn=envknobs.text("KELP_DSN", "postgres://localhost/kelp"),
            cache_url=envknobs.text("KELP_CACHE", "redis://localhost"),
            buoy_image=envknobs.text("KELP_BUOY_IMAGE", "buoy-ctl:6"),
        )
