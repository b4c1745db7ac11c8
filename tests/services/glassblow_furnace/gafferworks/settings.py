"""Studio settings, read from the environment at start-up."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class FurnaceSettings:
    studio: str
    dsn: str
    cache_url: str
    reheat_degrees: int = 1150
    marver_seconds: int = 40
    drill_order: tuple[str, ...] = field(default=("reheat", "blowout"))

    @classmethod
    def for_studio(cls, studio: str) -> FurnaceSettings:
        return cls(
            studio=studio,
            dsn=envknobs.text("GAFFER_DSN", "postgres://gafferworks/main"),
            cache_url=envknobs.text("GAFFER_CACHE", "redis://gafferworks"),
            reheat_degrees=envknobs.number("GAFFER_REHEAT_DEGREES", 1150),
            marver_seconds=envknobs.number("GAFFER_MARVER_SECONDS", 40),
        )
