"""Settings for the quarantine kennel, with the clock injected."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import envknobs


@dataclass(frozen=True)
class KennelSettings:
    site: str
    dsn: str
    cache_url: str
    census_every: float = 300.0
    rounds_every: float = 900.0
    sweep_every: float = 600.0
    clock: Callable[[], float] = field(default=time.time, repr=False)

    @classmethod
    def from_env(cls, site: str, clock: Callable[[], float] | None = None) -> KennelSettings:
        return cls(
            site=site,
            dsn=envknobs.text("KENNEL_DSN", "postgres://kennel"),
            cache_url=envknobs.text("KENNEL_CACHE", "redis://kennel"),
            census_every=float(envknobs.number("KENNEL_CENSUS_SECONDS", 300)),
            rounds_every=float(envknobs.number("KENNEL_ROUNDS_SECONDS", 900)),
            sweep_every=float(envknobs.number("KENNEL_SWEEP_SECONDS", 600)),
            clock=clock or time.time,
        )
