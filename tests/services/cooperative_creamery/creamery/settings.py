"""Intake settings and the options that pick the pipeline's stages."""

from __future__ import annotations

import enum
from dataclasses import dataclass

import envknobs


class IntakeOption(enum.Flag):
    GRADING = enum.auto()
    ANTIBIOTIC_SCREEN = enum.auto()
    SILO_TALLY = enum.auto()
    CHILLER_WATCH = enum.auto()
    PATRONAGE = enum.auto()
    MEMBER_PAYOUTS = enum.auto()
    SAMPLE_ARCHIVE = enum.auto()
    TALLY_BY_ROUTE = enum.auto()

    STANDARD = GRADING | SILO_TALLY | CHILLER_WATCH | PATRONAGE | MEMBER_PAYOUTS


@dataclass(slots=True)
class CreamerySettings:
    site: str
    dsn: str
    cache_url: str
    options: IntakeOption = IntakeOption.STANDARD
    min_grade: str = "A"

    @classmethod
    def from_env(cls, site: str) -> CreamerySettings:
        options = IntakeOption.STANDARD
        if envknobs.switch("CREAMERY_ANTIBIOTIC_SCREEN"):
            options |= IntakeOption.ANTIBIOTIC_SCREEN
        return cls(
            site=site,
            dsn=envknobs.text("CREAMERY_DSN", "postgres://creamery"),
            cache_url=envknobs.text("CREAMERY_CACHE", "redis://creamery"),
            options=options,
            min_grade=envknobs.text("CREAMERY_MIN_GRADE", "A"),
        )
