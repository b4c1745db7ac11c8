"""Smokehouse settings, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SmokehouseSettings:
    site: str
    ledger_dsn: str
    tender_mode: str  # "thread" in production, "inline" for a single-process smokehouse
    turn_degrees: int
    brine_rack: str
    stop_timeout_s: int

    @classmethod
    def from_env(cls, site: str) -> SmokehouseSettings:
        return cls(
            site=site,
            ledger_dsn=envknobs.text("SMOKEHOUSE_LEDGER_DSN", f"postgres://smokehouse/{site}"),
            tender_mode=envknobs.text("SMOKEHOUSE_TENDER", "inline"),
            turn_degrees=envknobs.number("SMOKEHOUSE_TURN_DEGREES", 90),
            brine_rack=envknobs.text("SMOKEHOUSE_BRINE_RACK", "brine-tank-1"),
            stop_timeout_s=envknobs.number("SMOKEHOUSE_STOP_TIMEOUT_S", 10),
        )
