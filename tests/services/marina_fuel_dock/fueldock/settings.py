"""Settings for the fuel dock."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

DEFAULT_JOB_KINDS = "meters,lockout,slips,prices"


@dataclass(frozen=True)
class FuelDockSettings:
    berth: str
    dsn: str
    cache_url: str
    job_kinds: tuple[str, ...]
    shore_power_metering: bool = False

    @classmethod
    def from_env(cls, berth: str) -> FuelDockSettings:
        kinds = envknobs.text("FUELDOCK_JOBS", DEFAULT_JOB_KINDS)
        return cls(
            berth=berth,
            dsn=envknobs.text("FUELDOCK_DSN", "postgres://fueldock"),
            cache_url=envknobs.text("FUELDOCK_CACHE", "redis://fueldock"),
            job_kinds=tuple(kind.strip() for kind in kinds.split(",") if kind.strip()),
            shore_power_metering=envknobs.switch("FUELDOCK_SHORE_POWER"),
        )
