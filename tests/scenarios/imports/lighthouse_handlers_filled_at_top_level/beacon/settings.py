from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BeaconSettings:
    dsn: str
    cache_url: str
    lantern_image: str
    light_character: str = "Fl(2) W 10s"

    @classmethod
    def from_env(cls) -> BeaconSettings:
        return cls(
            dsn=envknobs.text("BEACON_DSN", "postgres://localhost/beacon"),
            cache_url=envknobs.text("BEACON_CACHE", "redis://localhost"),
            lantern_image=envknobs.text("BEACON_LANTERN_IMAGE", "lantern-ctl:2"),
        )
