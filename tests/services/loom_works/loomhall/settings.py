"""Settings for the weaving floor."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


@dataclass
class MillSettings:
    shed: str
    dsn: str
    cache_url: str
    loom_list: str
    tension_cn: int = 180
    fault_batch: int = 3
    inspection_kinds: tuple[str, ...] = ("selvedge", "weft-density")
    looms: tuple[str, ...] = field(init=False)
    beams: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        self.looms = tuple(name.strip() for name in self.loom_list.split(",") if name.strip())
        self.beams = tuple(f"beam-{loom.lower()}" for loom in self.looms)

    @classmethod
    def from_env(cls, shed: str) -> MillSettings:
        return cls(
            shed=shed,
            dsn=envknobs.text("LOOM_DSN", "postgres://loomworks"),
            cache_url=envknobs.text("LOOM_CACHE", "redis://loomworks"),
            loom_list=envknobs.text("LOOM_LIST", "L1, L2, L3"),
            tension_cn=envknobs.number("LOOM_TENSION_CN", 180),
            fault_batch=envknobs.number("LOOM_FAULT_BATCH", 3),
        )
