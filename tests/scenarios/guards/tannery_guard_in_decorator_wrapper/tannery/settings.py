from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class TannerySettings:
    dsn: str
    cache_url: str
    controller_image: str = "vat-ctl:2"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> TannerySettings:
        return cls(dsn=env.get("TANNERY_DSN", "postgres://localhost/tannery"),
                   cache_url=env.get("TANNERY_CACHE", "redis://localhost"))
