"""Settings for the bond warehouse keeper."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BondSettings:
    warehouse: str
    dsn: str
    cache_url: str
    floors: int = 2
    dunnage_floors: int = 1
    casks_per_rack: int = 9
    leak_tolerance: float = 3.0

    @classmethod
    def from_env(cls, warehouse: str) -> BondSettings:
        return cls(
            warehouse=warehouse,
            dsn=envknobs.text("BOND_DSN", "postgres://bond"),
            cache_url=envknobs.text("BOND_CACHE", "redis://bond"),
            floors=envknobs.number("BOND_FLOORS", 2),
            dunnage_floors=envknobs.number("BOND_DUNNAGE_FLOORS", 1),
            casks_per_rack=envknobs.number("BOND_CASKS_PER_RACK", 9),
        )
