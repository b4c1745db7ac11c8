"""The nursery's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class NurserySettings:
    site: str
    dsn: str
    cache_url: str
    tank_pool: str = "tank-a"
    control_topic: str = "kelp.flush-requests"
    lines: tuple[str, ...] = ("L1", "L2")
    interval_s: float = 300.0
    flush_every_s: float = 900.0

    @classmethod
    def from_env(cls, site: str) -> NurserySettings:
        return cls(
            site=site,
            dsn=envknobs.text("KELP_DSN", "postgres://kelp"),
            cache_url=envknobs.text("KELP_CACHE", "redis://kelp"),
            tank_pool=envknobs.text("KELP_TANK_POOL", "tank-a"),
            control_topic=envknobs.text("KELP_FLUSH_TOPIC", "kelp.flush-requests"),
            interval_s=envknobs.number("KELP_INTERVAL_S", 300),
            flush_every_s=envknobs.number("KELP_FLUSH_EVERY_S", 900),
        )
