from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class FoundrySettings:
    dsn: str
    cache_url: str
    controller_image: str = "foundry-ctl:4"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> FoundrySettings:
        return cls(dsn=env.get("FOUNDRY_DSN", "postgres://localhost/foundry"),
                   cache_url=env.get("FOUNDRY_CACHE", "redis://localhost"))
