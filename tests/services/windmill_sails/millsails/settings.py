"""Settings for the sail house controller."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SailHouseSettings:
    mill: str
    dsn: str
    cache_url: str
    sails: tuple[str, ...] = ("north", "east", "south", "west")
    crew_size: int = 3

    @classmethod
    def from_env(cls, mill: str) -> SailHouseSettings:
        return cls(
            mill=mill,
            dsn=envknobs.text("SAILHOUSE_DSN", "postgres://windmill"),
            cache_url=envknobs.text("SAILHOUSE_CACHE", "redis://windmill"),
            sails=cls.parse_sails(envknobs.text("SAILHOUSE_SAILS", "north,east,south,west")),
            crew_size=envknobs.number("SAILHOUSE_CREW", 3),
        )

    @staticmethod
    def parse_sails(text: str) -> tuple[str, ...]:
        return tuple(part.strip() for part in text.split(",") if part.strip())
