"""Settings for the mews keeper."""

from __future__ import annotations

import attrs

import envknobs


@attrs.define
class MewsSettings:
    region: str
    dsn: str
    cache_url: str
    roster_mode: str = "weathering"
    tag_actions: list[str] = attrs.field(factory=lambda: ["battery_report"])
    low_battery_percent: int = 20

    @classmethod
    def from_env(cls) -> MewsSettings:
        return cls(
            region="unset",
            dsn=envknobs.text("MEWS_DSN", "postgres://mews"),
            cache_url=envknobs.text("MEWS_CACHE", "redis://mews"),
            low_battery_percent=envknobs.number("MEWS_LOW_BATTERY", 20),
        )

    def for_region(self, region: str) -> MewsSettings:
        return attrs.evolve(self, region=region)
