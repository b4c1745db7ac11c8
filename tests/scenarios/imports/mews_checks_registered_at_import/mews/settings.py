from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class MewsSettings:
    dsn: str
    cache_url: str
    aviary_image: str = "aviary-ctl:3"

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> MewsSettings:
        return cls(dsn=env.get("MEWS_DSN", "postgres://localhost/mews"),
                   cache_url=env.get("MEWS_CACHE", "redis://localhost"))
