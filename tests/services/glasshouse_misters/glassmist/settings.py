"""Settings for the misting system, and the glasshouse's fixed tables."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# Seconds between two flushes of the nozzle log to the manifold.
FLUSH_EVERY = 900.0
# Pulses after which a zone's line is purged (so the nozzles do not drip).
PURGE_AFTER_PULSES = 1
# Nozzles fogged per manifold request (the fog valve driver takes a few at a time).
FOG_BATCH = 2


@dataclass(frozen=True)
class MistZone:
    name: str
    bank: str
    target_vpd_hpa: float
    nozzles: tuple[str, ...]


# The manifold banks, keyed by bank name: the valve block each one drives.
NOZZLE_BANKS: dict[str, str] = {
    "east": "valve-block-a",
    "west": "valve-block-b",
}

# The misted zones of the glasshouse (a second fixed table), walked every round.
MIST_ZONES: list[MistZone] = [
    MistZone("palm-canopy", "east", 4.0, ("pc-1", "pc-2", "pc-3")),
    MistZone("fern-gully", "west", 2.5, ("fg-1", "fg-2")),
]


@dataclass(frozen=True)
class MisterSettings:
    house: str
    dsn: str
    cache_url: str

    @classmethod
    def from_env(cls, house: str) -> MisterSettings:
        return cls(
            house=house,
            dsn=envknobs.text("GLASSMIST_DSN", "postgres://glasshouse"),
            cache_url=envknobs.text("GLASSMIST_CACHE", "redis://glasshouse"),
        )
