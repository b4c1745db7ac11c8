"""Settings for the physic garden's irrigation and labelling."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class PhysicGardenSettings:
    garden: str
    dsn: str
    cache_url: str
    litres_per_bed: int = 12
    printer_name: str = "label-press-1"

    @classmethod
    def from_env(cls, garden: str) -> PhysicGardenSettings:
        return cls(
            garden=garden,
            dsn=envknobs.text("PHYSIC_GARDEN_DSN", "postgres://physic-garden"),
            cache_url=envknobs.text("PHYSIC_GARDEN_CACHE", "redis://physic-garden"),
            litres_per_bed=envknobs.number("PHYSIC_GARDEN_LITRES_PER_BED", 12),
            printer_name=envknobs.text("PHYSIC_GARDEN_PRINTER", "label-press-1"),
        )
