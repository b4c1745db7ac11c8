"""Settings for the ice house keeper."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class IceHouseSettings:
    region: str
    dsn: str
    cache_url: str
    bays: tuple[str, ...]
    survey_batch: int = 5

    @classmethod
    def from_env(cls, region: str) -> IceHouseSettings:
        bays = envknobs.text("ICEHOUSE_BAYS", "north,south")
        return cls(
            region=region,
            dsn=envknobs.text("ICEHOUSE_DSN", "postgres://icehouse"),
            cache_url=envknobs.text("ICEHOUSE_CACHE", "redis://icehouse"),
            bays=tuple(bay.strip() for bay in bays.split(",") if bay.strip()),
            survey_batch=envknobs.number("ICEHOUSE_SURVEY_BATCH", 5),
        )
