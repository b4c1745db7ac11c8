"""Yard settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(slots=True, kw_only=True, frozen=True)
class ApiarySettings:
    yard: str
    dsn: str
    cache_url: str
    harvest_grams: int = 1800
    alarm_budget_s: float = 30.0

    @classmethod
    def from_env(cls, yard: str) -> ApiarySettings:
        return cls(
            yard=yard,
            dsn=envknobs.text("APIARY_DSN", f"postgres://apiary/{yard}"),
            cache_url=envknobs.text("APIARY_CACHE", "redis://apiary"),
            harvest_grams=envknobs.number("APIARY_HARVEST_GRAMS", 1800),
            alarm_budget_s=float(envknobs.number("APIARY_ALARM_BUDGET", 30)),
        )
