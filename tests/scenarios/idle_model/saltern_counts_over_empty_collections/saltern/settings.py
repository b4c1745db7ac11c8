from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class SalternSettings:
    dsn: str
    cache_url: str
    controller_image: str = "sluice-ctl:3"
    transfer_batch_m3: int = 100

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> SalternSettings:
        return cls(dsn=env.get("SALTERN_DSN", "postgres://localhost/saltern"),
                   cache_url=env.get("SALTERN_CACHE", "redis://localhost"))
