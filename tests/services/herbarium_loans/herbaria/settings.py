"""The herbarium's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class HerbariumConfig:
    institution: str
    dsn: str
    cache_url: str
    scan_pool: str = "scan-a"

    @classmethod
    def from_env(cls, institution: str) -> HerbariumConfig:
        return cls(
            institution=institution,
            dsn=envknobs.text("HERBARIUM_DSN", "postgres://herbarium"),
            cache_url=envknobs.text("HERBARIUM_CACHE", "redis://herbarium"),
            scan_pool=envknobs.text("HERBARIUM_SCAN_POOL", "scan-a"),
        )

    @property
    def index_key(self) -> str:
        return f"herbarium:{self.institution}:index-stamp"
