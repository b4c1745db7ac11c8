"""Workshop settings, from the environment."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# (name, kind) of each cabinet in the varnish room, in the order the foreman walks them.
VARNISH_ROOM_CABINETS: tuple[tuple[str, str], ...] = (
    ("spruce-tops", "humidity"),
    ("uv-rack", "uv"),
)


@dataclass(frozen=True)
class WorkshopSettings:
    workshop: str
    dsn: str
    cache_url: str
    uv_minutes: int
    winter_rh: int
    cabinets: tuple[tuple[str, str], ...] = VARNISH_ROOM_CABINETS

    @classmethod
    def from_env(cls, workshop: str) -> WorkshopSettings:
        return cls(
            workshop=workshop,
            dsn=envknobs.text("LUTHIER_DSN", "postgres://workshop/luthiery"),
            cache_url=envknobs.text("LUTHIER_CACHE", "redis://workshop"),
            uv_minutes=envknobs.number("LUTHIER_UV_MINUTES", 40),
            winter_rh=envknobs.number("LUTHIER_WINTER_RH", 42),
        )
