from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class OrchardSettings:
    block: str
    dsn: str
    cache_url: str
    zones: tuple[str, ...] = ("z1", "z2", "z3")
    litres_per_zone: int = 400

    @classmethod
    def for_block(cls, block: str) -> OrchardSettings:
        return cls(
            block=block,
            dsn=envknobs.text("IRRIGATION_DSN", f"postgres://orchard/{block}"),
            cache_url=envknobs.text("IRRIGATION_CACHE", "redis://orchard"),
            litres_per_zone=envknobs.number("IRRIGATION_LITRES", 400),
        )
