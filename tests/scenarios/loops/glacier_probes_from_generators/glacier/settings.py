from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class StationSettings:
    dsn: str
    cache_url: str
    unit_image: str = "field-unit:12"
    boreholes: tuple[str, ...] = ("bh-1", "bh-2", "bh-3")

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> StationSettings:
        return cls(dsn=env.get("GLACIER_DSN", "postgres://localhost/glacier"),
                   cache_url=env.get("GLACIER_CACHE", "redis://localhost"))
