"""Settings for the greenhouse steward."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class GreenhouseSettings:
    house: str
    dsn: str
    cache_url: str
    panel_notices: bool
    probe_parallelism: int = 2

    @classmethod
    def from_env(cls, house: str) -> GreenhouseSettings:
        return cls(
            house=house,
            dsn=envknobs.text("ORCHID_DSN", "postgres://greenhouse"),
            cache_url=envknobs.text("ORCHID_CACHE", "redis://greenhouse"),
            panel_notices=envknobs.switch("ORCHID_PANEL_NOTICES"),
            probe_parallelism=envknobs.number("ORCHID_PROBE_PARALLELISM", 2),
        )
