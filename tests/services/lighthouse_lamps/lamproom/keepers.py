"""The lamp keepers: one per lamp, each with a periodic alarm."""

from __future__ import annotations

import logging
from typing import Self

import telemetry

from .lantern import LampContext
from .ledger import LampLedger
from .settings import LampSettings
from .strategies import BeaconStrategy, make_strategy

log = logging.getLogger(__name__)


class LampKeeper:
    """Keeps the main light: runs its beacon strategy, then checks the bulb."""

    lamp = "main"
    interval_s = 300

    def __init__(self, strategy: BeaconStrategy, ctx: LampContext, fast_sync_s: int) -> None:
        self.strategy = strategy
        self.ctx = ctx
        self.fast_sync_s = fast_sync_s
        self.next_alarm = telemetry.Gauge(f"lamproom.{self.lamp}.next_alarm_s")

    @staticmethod
    def strategy_name(s: LampSettings) -> str:
        return s.beacon_strategy

    @classmethod
    def from_settings(cls, s: LampSettings, ledger: LampLedger) -> Self:
        strategy = make_strategy(cls.strategy_name(s), ledger)
        log.info("%s keeper runs the %s strategy every %ds", cls.lamp, strategy.name, cls.interval_s)
        return cls(strategy, LampContext(s.station, cls.lamp, ledger), s.fast_sync_s)

    def alarm(self) -> None:
        self.strategy.run(self.ctx)
        hours, bulb_ok = self.ctx.ledger.lamp_reading(self.lamp)
        if not bulb_ok:
            self.ctx.box.fetch(self.ctx.lamp_path("bulb", "swap"), method="POST", json={"hours": hours})
        if self.interval_s <= self.fast_sync_s:
            self.ctx.box.fetch(self.ctx.lamp_path("sync"), method="PUT", json={"every_s": self.interval_s})
        if self.ctx.ledger.lens_polishing_due():
            self.ctx.box.set_env_var("LENS_POLISH_LAMP", self.lamp)
        self.next_alarm.set(self.interval_s)


class FogSignalKeeper(LampKeeper):
    """Keeps the fog signal's light: the same alarm, run more often."""

    lamp = "fog"
    interval_s = 30

    @staticmethod
    def strategy_name(s: LampSettings) -> str:
        return s.fog_strategy

    def alarm(self) -> None:
        super().alarm()
        log.debug("fog signal on lantern %s checked; next alarm in %ds", self.ctx.box.lantern_serial(), self.interval_s)
