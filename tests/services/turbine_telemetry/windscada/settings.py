from __future__ import annotations

from dataclasses import dataclass

import envknobs

# (turbine id, enabled): the farm's turbines; wtg-03 is out for a gearbox swap.
FARM_TABLE = (("wtg-01", True), ("wtg-02", True), ("wtg-03", False))


@dataclass(frozen=True)
class FarmSettings:
    farm: str
    dsn: str
    cache_url: str
    yaw_tolerance_deg: int = 8

    @classmethod
    def for_farm(cls, farm: str) -> FarmSettings:
        return cls(
            farm=farm,
            dsn=envknobs.text("SCADA_DSN", f"postgres://scada/{farm}"),
            cache_url=envknobs.text("SCADA_CACHE", "redis://scada"),
            yaw_tolerance_deg=envknobs.number("SCADA_YAW_TOLERANCE", 8),
        )
