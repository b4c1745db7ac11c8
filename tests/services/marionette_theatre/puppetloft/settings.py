"""Settings for the stage rigging."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class RiggingSettings:
    stage: str
    dsn: str
    cache_url: str
    production: str

    @classmethod
    def from_env(cls, stage: str) -> RiggingSettings:
        return cls(
            stage=stage,
            dsn=envknobs.text("PUPPETLOFT_DSN", "postgres://puppetloft"),
            cache_url=envknobs.text("PUPPETLOFT_CACHE", "redis://puppetloft"),
            production=envknobs.text("PUPPETLOFT_PRODUCTION", "the-tinderbox"),
        )
