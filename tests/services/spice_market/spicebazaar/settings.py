"""Bazaar settings: from the environment, plus the stalls and price list every market runs."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# Loaded in this order at start-up from ``spicebazaar.stalls``; each exposes ``register(registry)``.
STALL_MODULES: tuple[str, ...] = (
    "price_boards",
    "saffron_vault",
    "grinding_mill",
    "caravan_gate",
)

# (stall row, spice, price per kilo in dirhams): the market's posted list this season.
SPICE_CATALOGUE: tuple[tuple[str, str, int], ...] = (
    ("north-row", "cumin", 14),
    ("north-row", "coriander", 9),
    ("south-row", "cardamom", 62),
    ("north-row", "turmeric", 11),
    ("south-row", "clove", 48),
)

KILOS_PER_SACK = 25


@dataclass(frozen=True)
class BazaarSettings:
    market: str
    dsn: str
    cache_url: str
    arrivals_topic: str
    interval_s: float
    stalls: tuple[str, ...] = STALL_MODULES

    @classmethod
    def from_env(cls, market: str) -> BazaarSettings:
        return cls(
            market=market,
            dsn=envknobs.text("BAZAAR_DSN", f"postgres://bazaar/{market}"),
            cache_url=envknobs.text("BAZAAR_CACHE", "redis://bazaar"),
            arrivals_topic=envknobs.text("BAZAAR_ARRIVALS_TOPIC", "caravans.arrived"),
            interval_s=float(envknobs.number("BAZAAR_INTERVAL_S", 300)),
        )
