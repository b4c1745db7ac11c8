"""Settings for the hatchery: the site, its stores and the layout of its tanks."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)

DEFAULT_LAYOUT = "fry:F1:800,growout:G1:12000,broodstock:B1:20000"


@dataclass(frozen=True)
class TankSettings:
    name: str
    kind: str
    volume_litres: int


@dataclass(frozen=True)
class HatcherySettings:
    site: str
    dsn: str
    cache_url: str
    box_attempts: int
    tanks: tuple[TankSettings, ...]

    @classmethod
    def from_env(cls, site: str) -> HatcherySettings:
        layout = envknobs.text("HATCHERY_TANKS", DEFAULT_LAYOUT)
        return cls(
            site=site,
            dsn=envknobs.text("HATCHERY_DSN", "postgres://hatchery"),
            cache_url=envknobs.text("HATCHERY_CACHE", "redis://hatchery"),
            box_attempts=envknobs.number("HATCHERY_BOX_ATTEMPTS", 2),
            tanks=parse_tank_layout(layout),
        )


def parse_tank_layout(layout: str) -> tuple[TankSettings, ...]:
    tanks = []
    for item in layout.split(","):
        kind, name, litres = item.strip().split(":")
        tanks.append(TankSettings(name=name, kind=kind, volume_litres=int(litres)))
    log.debug("tank layout: %s", ", ".join(t.name for t in tanks))
    return tuple(tanks)
