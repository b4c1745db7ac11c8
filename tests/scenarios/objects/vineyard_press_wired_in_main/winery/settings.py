from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class WinerySettings:
    dsn: str
    cache_url: str
    press_image: str = "press-ctl:2"
    weather_url: str = "https://weather.example/vineyard"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> WinerySettings:
        return cls(dsn=env.get("WINERY_DSN", "postgres://localhost/winery"),
                   cache_url=env.get("WINERY_CACHE", "redis://localhost"))
