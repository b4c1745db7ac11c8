"""The pouring line's settings, read once at start-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LadleSettings:
    line: str
    dsn: str
    cache_url: str
    ladle_ids: tuple[str, ...]
    pouring_station: str

    @classmethod
    def from_env(cls, line: str) -> LadleSettings:
        ladles = tuple(part.strip() for part in envknobs.text("LADLE_IDS", "L1,L2").split(",") if part.strip())
        settings = cls(
            line=line,
            dsn=envknobs.text("LADLE_DSN", "postgres://foundry/ladles"),
            cache_url=envknobs.text("LADLE_CACHE", "redis://foundry"),
            ladle_ids=ladles,
            pouring_station=envknobs.text("POURING_STATION", "station-3"),
        )
        log.info("ladle line %s with %d ladles", line, len(settings.ladle_ids))
        return settings
