"""Settings for the saddlery order service."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SaddlerySettings:
    region: str
    dsn: str
    cache_url: str
    stitch_batch: int = 3
    default_reorder_hides: int = 4
    customer_pings: bool = False

    @classmethod
    def from_env(cls, region: str) -> SaddlerySettings:
        return cls(
            region=region,
            dsn=envknobs.text("SADDLERY_DSN", "postgres://saddlery"),
            cache_url=envknobs.text("SADDLERY_CACHE", "redis://saddlery"),
            stitch_batch=envknobs.number("SADDLERY_STITCH_BATCH", 3),
            default_reorder_hides=envknobs.number("SADDLERY_REORDER_HIDES", 4),
            customer_pings=envknobs.switch("SADDLERY_CUSTOMER_PINGS"),
        )
