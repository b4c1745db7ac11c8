"""Settings for one churn line, and the line's fixed stations."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

from .records import ChurnStation


@dataclass(frozen=True)
class ChurnLineSettings:
    line: str
    dsn: str
    cache_url: str
    drum_rpm: int = 38
    salting_fat_pct: int = 40
    ripening_celsius: int = 14

    @classmethod
    def from_env(cls, line: str) -> ChurnLineSettings:
        return cls(
            line=line,
            dsn=envknobs.text("CHURN_DSN", "postgres://churnhall"),
            cache_url=envknobs.text("CHURN_CACHE", "redis://churnhall"),
            drum_rpm=envknobs.number("CHURN_DRUM_RPM", 38),
            salting_fat_pct=envknobs.number("CHURN_SALTING_FAT_PCT", 40),
            ripening_celsius=envknobs.number("CHURN_RIPENING_CELSIUS", 14),
        )


# The stations every churn line has, upstream first.
CHURN_STATIONS: list[ChurnStation] = [
    ChurnStation("drum", 1, 40),
    ChurnStation("kneader", 2, 25),
    ChurnStation("packer", 3, 12),
]
