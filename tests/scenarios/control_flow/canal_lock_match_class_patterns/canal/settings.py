from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class LockSettings:
    dsn: str
    cache_url: str
    controller_image: str = "lock-ctl:8"
    lock_name: str = "lock-14"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> LockSettings:
        return cls(dsn=env.get("CANAL_DSN", "postgres://localhost/canal"),
                   cache_url=env.get("CANAL_CACHE", "redis://localhost"))
