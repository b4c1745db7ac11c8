"""Settings for the soldering bench."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class BenchSettings:
    bench_id: str
    dsn: str
    cache_url: str
    hub_url: str
    hallmark: str = "TL"
    iron_timeout_s: float = 0.02

    @classmethod
    def from_env(cls, bench_id: str) -> BenchSettings:
        return cls(
            bench_id=bench_id,
            dsn=envknobs.text("TINBENCH_DSN", "postgres://tinbench"),
            cache_url=envknobs.text("TINBENCH_CACHE", "redis://tinbench"),
            hub_url=envknobs.text("TINBENCH_SENSORS", "sensors://tinbench"),
            hallmark=envknobs.text("TINBENCH_HALLMARK", "TL"),
            iron_timeout_s=envknobs.number("TINBENCH_IRON_TIMEOUT_MS", 20) / 1000,
        )
