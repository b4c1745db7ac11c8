from __future__ import annotations

from dataclasses import dataclass

import envknobs

# (lane name, priority): the depot's refrigerated lanes.
LANE_TABLE = (("chilled", 1), ("frozen", 0))


@dataclass(frozen=True)
class DepotSettings:
    depot: str
    dsn: str
    cache_url: str
    setpoint_c: int = -18

    @classmethod
    def load(cls, depot: str) -> DepotSettings:
        return cls(
            depot=depot,
            dsn=envknobs.text("REEFER_DSN", f"postgres://reefer/{depot}"),
            cache_url=envknobs.text("REEFER_CACHE", "redis://reefer"),
            setpoint_c=envknobs.number("REEFER_SETPOINT_C", -18),
        )
