"""The keeper's settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class HiveKeepSettings:
    yard: str
    dsn: str
    cache_url: str
    report_topic: str
    box_pool: str = "brood-a"
    interval_s: int = 300
    report_batch: int = 10

    @classmethod
    def from_env(cls, yard: str) -> HiveKeepSettings:
        return cls(
            yard=yard,
            dsn=envknobs.text("HIVEKEEP_DSN", "postgres://hivekeep"),
            cache_url=envknobs.text("HIVEKEEP_CACHE", "redis://hivekeep"),
            report_topic=envknobs.text("HIVEKEEP_REPORT_TOPIC", "inspection-reports"),
            box_pool=envknobs.text("HIVEKEEP_BOX_POOL", "brood-a"),
            interval_s=envknobs.number("HIVEKEEP_INTERVAL_S", 300),
            report_batch=envknobs.number("HIVEKEEP_REPORT_BATCH", 10),
        )
