from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class PlanetariumSettings:
    dsn: str
    cache_url: str
    unit_image: str = "show-unit:5"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> PlanetariumSettings:
        return cls(dsn=env.get("PLANETARIUM_DSN", "postgres://localhost/planetarium"),
                   cache_url=env.get("PLANETARIUM_CACHE", "redis://localhost"))
