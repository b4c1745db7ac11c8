"""The loft's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class LoftSettings:
    loft: str
    dsn: str
    cache_url: str
    stops: tuple[str, ...]
    nominal_wind_mm: int = 85
    tutti_wind_mm: int = 102

    @classmethod
    def from_env(cls, loft: str) -> LoftSettings:
        stop_list = envknobs.text("ORGAN_STOPS", "8ft,4ft,16ft,8ft reed")
        return cls(
            loft=loft,
            dsn=envknobs.text("ORGAN_DSN", "postgres://organloft"),
            cache_url=envknobs.text("ORGAN_CACHE", "redis://organloft"),
            stops=tuple(name.strip() for name in stop_list.split(",") if name.strip()),
            nominal_wind_mm=envknobs.number("ORGAN_NOMINAL_WIND_MM", 85),
            tutti_wind_mm=envknobs.number("ORGAN_TUTTI_WIND_MM", 102),
        )
