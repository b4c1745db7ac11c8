"""Bench settings, read from the environment once at start-up and validated."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

from .errors import InvalidWorkshopSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkshopSettings:
    bench: str
    dsn: str
    cache_url: str
    tolerance_arcsec: int = 30
    backlog_limit: int = 16

    def __post_init__(self) -> None:
        if not self.bench:
            raise InvalidWorkshopSettings("a bench name is required")
        if self.tolerance_arcsec <= 0:
            raise InvalidWorkshopSettings(f"tolerance must be positive, got {self.tolerance_arcsec}")
        if self.backlog_limit < 1:
            raise InvalidWorkshopSettings(f"backlog limit must be at least 1, got {self.backlog_limit}")

    @classmethod
    def from_env(cls, bench: str) -> WorkshopSettings:
        return cls(
            bench=envknobs.text("ORRERY_BENCH", bench),
            dsn=envknobs.text("ORRERY_DSN", f"postgres://workshop/{bench}"),
            cache_url=envknobs.text("ORRERY_CACHE", "redis://workshop"),
            # Unset in most deployments: 0 means "not configured" and is rejected.
            tolerance_arcsec=envknobs.number("ORRERY_TOLERANCE_ARCSEC", 0),
            backlog_limit=envknobs.number("ORRERY_BACKLOG_LIMIT", 16),
        )

    @classmethod
    def factory_calibration(cls, bench: str) -> WorkshopSettings:
        log.info("factory calibration for %s", bench)
        return cls(bench=bench, dsn=f"postgres://workshop/{bench}", cache_url="redis://workshop")
