"""Settings of the map office worker."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class OfficeSettings:
    region: str
    dsn: str
    cache_url: str
    sheet_scale: int = 25_000
    round_minutes: int = 10

    @classmethod
    def from_env(cls, region: str) -> OfficeSettings:
        return cls(
            region=region,
            dsn=envknobs.text("SURVEYOFFICE_DSN", "postgres://survey-office"),
            cache_url=envknobs.text("SURVEYOFFICE_CACHE", "redis://survey-office"),
            sheet_scale=envknobs.number("SURVEYOFFICE_SCALE", 25_000),
            round_minutes=envknobs.number("SURVEYOFFICE_ROUND_MINUTES", 10),
        )
