from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class TallySettings:
    jurisdiction: str
    dsn: str
    cache_url: str
    corrections_topic: str = "tally.corrections"
    publish_every_n_precincts: int = 5

    @classmethod
    def for_jurisdiction(cls, jurisdiction: str) -> TallySettings:
        return cls(
            jurisdiction=jurisdiction,
            dsn=envknobs.text("TALLY_DSN", f"postgres://tally/{jurisdiction}"),
            cache_url=envknobs.text("TALLY_CACHE", "redis://tally"),
            publish_every_n_precincts=envknobs.number("TALLY_PUBLISH_EVERY", 5),
        )
