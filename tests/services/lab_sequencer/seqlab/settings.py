from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class LabSettings:
    instrument: str
    dsn: str
    cache_url: str
    lims_url: str
    force_drain: bool = False

    @classmethod
    def for_instrument(cls, instrument: str) -> LabSettings:
        return cls(
            instrument=instrument,
            dsn=envknobs.text("SEQLAB_DSN", "postgres://seqlab"),
            cache_url=envknobs.text("SEQLAB_CACHE", "redis://seqlab"),
            lims_url=envknobs.text("SEQLAB_LIMS", "https://lims.internal"),
            force_drain=envknobs.switch("SEQLAB_FORCE_DRAIN"),
        )
