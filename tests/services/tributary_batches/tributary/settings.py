from __future__ import annotations

from dataclasses import dataclass, field

import envknobs

from .stages import BatchStage


@dataclass(frozen=True)
class TributarySettings:
    dsn: str
    cache_url: str
    region: str
    columnar: bool
    batch_limit: int = 500
    stages: tuple[BatchStage, ...] = field(default_factory=lambda: tuple(BatchStage))

    @classmethod
    def load(cls) -> TributarySettings:
        return cls(
            dsn=envknobs.text("TRIBUTARY_DSN", "postgres://etl/tributary"),
            cache_url=envknobs.text("TRIBUTARY_CACHE", "redis://etl"),
            region=envknobs.text("TRIBUTARY_REGION", "eu-central"),
            columnar=envknobs.switch("TRIBUTARY_COLUMNAR_OUTPUT"),
            batch_limit=envknobs.number("TRIBUTARY_BATCH_LIMIT", 500),
        )
