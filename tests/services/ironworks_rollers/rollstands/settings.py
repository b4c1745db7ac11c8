"""The mill line's settings, read once at start-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MillSettings:
    line_name: str
    dsn: str
    cache_url: str
    stand_ids: tuple[str, ...]
    gap_step_microns: int
    coolant_bar: int

    @classmethod
    def from_env(cls, line_name: str) -> MillSettings:
        stands = envknobs.text("ROLLER_STANDS", "F1,F2,F3")
        settings = cls(
            line_name=line_name,
            dsn=envknobs.text("ROLLER_DSN", f"postgres://mill/{line_name}"),
            cache_url=envknobs.text("ROLLER_CACHE", "redis://mill"),
            stand_ids=tuple(s.strip() for s in stands.split(",") if s.strip()),
            gap_step_microns=envknobs.number("ROLLER_GAP_STEP", 20),
            coolant_bar=envknobs.number("ROLLER_COOLANT_BAR", 12),
        )
        log.debug("mill settings for %s: %d stands", line_name, len(settings.stand_ids))
        return settings
