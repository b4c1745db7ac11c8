from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True)
class HutSettings:
    dsn: str
    cache_url: str
    unit_image: str = "hut-unit:4"
    snow_stakes: tuple[str, ...] = field(default=("col", "glacier-edge"))

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> HutSettings:
        return cls(dsn=env.get("HUT_DSN", "postgres://localhost/hut"),
                   cache_url=env.get("HUT_CACHE", "redis://localhost"))
