"""Settings for the oven hall."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


def _names(raw: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in raw.split(",") if part.strip())


@dataclass(frozen=True)
class BakerySettings:
    hall: str
    dsn: str
    cache_url: str
    decks: tuple[int, ...] = (1, 2, 3)
    silos: tuple[str, ...] = ()
    silos_offline: frozenset[str] = field(default_factory=frozenset)
    hearth_celsius: int = 240

    @classmethod
    def from_env(cls, hall: str) -> BakerySettings:
        deck_count = envknobs.number("BAKERY_DECKS", 3)
        return cls(
            hall=hall,
            dsn=envknobs.text("BAKERY_DSN", "postgres://bakery"),
            cache_url=envknobs.text("BAKERY_CACHE", "redis://bakery"),
            decks=tuple(range(1, deck_count + 1)),
            silos=_names(envknobs.text("BAKERY_SILOS", "wheat-t55, wheat-t65, rye")),
            silos_offline=frozenset(_names(envknobs.text("BAKERY_SILOS_OFFLINE", "rye"))),
            hearth_celsius=envknobs.number("BAKERY_HEARTH_CELSIUS", 240),
        )
