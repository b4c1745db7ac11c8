from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class KilnSettings:
    dsn: str
    cache_url: str
    box_image: str = "kiln-controller:7"
    peak_cone: int = 6

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> KilnSettings:
        return cls(
            dsn=env.get("KILN_DSN", "postgres://localhost/kiln"),
            cache_url=env.get("KILN_CACHE", "redis://localhost"),
        )
