"""Settings for the feeder network, from the environment."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class AviarySettings:
    zone: str
    dsn: str
    cache_url: str
    feeder_ids: tuple[str, ...]
    low_seed_scoops: int = 1
    portion_grams: int = 40

    @classmethod
    def from_env(cls, zone: str) -> AviarySettings:
        feeders = envknobs.text("AVIARY_FEEDERS", "lorikeet-perch,wader-pool")
        return cls(
            zone=zone,
            dsn=envknobs.text("AVIARY_DSN", "postgres://aviary"),
            cache_url=envknobs.text("AVIARY_CACHE", "redis://aviary"),
            feeder_ids=tuple(f.strip() for f in feeders.split(",") if f.strip()),
            low_seed_scoops=envknobs.number("AVIARY_LOW_SEED_SCOOPS", 1),
            portion_grams=envknobs.number("AVIARY_PORTION_GRAMS", 40),
        )
