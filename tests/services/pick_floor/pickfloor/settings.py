from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class FloorSettings:
    dsn: str
    cache_url: str
    picker_image: str = "picker:12"
    heartbeat_path: str = "/floor/heartbeat"
    wave_size: int = 40

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> FloorSettings:
        return cls(
            dsn=env.get("PICK_DSN", "postgres://localhost/picking"),
            cache_url=env.get("PICK_CACHE", "redis://localhost"),
            picker_image=envknobs.text("PICK_IMAGE", "picker:12"),
            wave_size=envknobs.number("PICK_WAVE_SIZE", 40),
        )
