"""Settings for one hut's warden."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class HutRouteSettings:
    hut: str
    dsn: str
    cache_url: str
    bulletin_url: str
    melt_pumps: tuple[str, ...] = ("north-melt", "south-melt")
    radio_operators: int = 2
    bulletin_timeout_s: float = 8.0
    radio_lock_timeout_s: float = 30.0

    @classmethod
    def from_env(cls, hut: str) -> HutRouteSettings:
        pumps = envknobs.text("GLACIER_HUT_PUMPS", "north-melt,south-melt")
        return cls(
            hut=hut,
            dsn=envknobs.text("GLACIER_HUT_DSN", f"postgres://huts/{hut}"),
            cache_url=envknobs.text("GLACIER_HUT_CACHE", "redis://huts"),
            bulletin_url=envknobs.text("GLACIER_BULLETIN_URL", "https://bulletins.example"),
            melt_pumps=tuple(p.strip() for p in pumps.split(",") if p.strip()),
            radio_operators=envknobs.number("GLACIER_HUT_OPERATORS", 2),
        )
