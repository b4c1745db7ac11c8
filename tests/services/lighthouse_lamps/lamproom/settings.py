"""The station's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class LampSettings:
    station: str
    dsn: str
    cache_url: str
    # The beacon strategies this station's lamps run (keys of ``strategies.STRATEGIES``);
    # the flashing pattern is for stations without a fog signal.
    beacon_strategy: str = "occulting"
    fog_strategy: str = "steady"
    fast_sync_s: int = 60

    @classmethod
    def from_env(cls, station: str) -> LampSettings:
        return cls(
            station=station,
            dsn=envknobs.text("LAMPROOM_DSN", "postgres://lamproom"),
            cache_url=envknobs.text("LAMPROOM_CACHE", "redis://lamproom"),
        )
