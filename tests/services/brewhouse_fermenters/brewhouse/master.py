"""The brewhouse master; the controller ticks it every five minutes."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

import kvbox
import stowage

from . import strategies  # noqa: F401  (registers the plugins)
from .base import VatPlugin
from .box import BoxLease, LeaseProxy, tap_brewhouse_box
from .ledger import FermentLedger, PressureLogStale, VatsIdle
from .settings import BrewSettings
from .vessels import DosingPump, push_gravity_samples

log = logging.getLogger(__name__)


class BrewhouseMaster:
    def __init__(self, settings: BrewSettings, proxy: LeaseProxy, ledger: FermentLedger, pump: DosingPump) -> None:
        self.settings = settings
        self.proxy = proxy
        self.box = proxy.box
        self.ledger = ledger
        self.pump = pump
        self.callbacks: list[Callable[[], None]] = [
            functools.partial(proxy.announce, "/brewhouse/heartbeat"),
            functools.partial(push_gravity_samples, ledger, proxy),
        ]

    def tick(self) -> None:
        for name, plugin_cls in VatPlugin.plugins.items():
            plugin_cls.from_settings(self.settings, self.proxy, self.ledger).tick_once()
        for callback in self.callbacks:
            callback()
        self.transfer_to_bright_tank()
        self.archive_pressure_log()
        if self.ledger.yeast_pitch_scheduled():
            self.pump.dose("us-05")

    def transfer_to_bright_tank(self) -> None:
        try:
            self._require_fermenting()
            self.box.fetch("/transfer/bright-tank", method="POST")
        except VatsIdle:
            log.debug("nothing fermenting in %s: no transfer", self.settings.vessel)

    def _require_fermenting(self) -> None:
        if not self.ledger.fermentations_active():
            raise VatsIdle(self.settings.vessel)

    def archive_pressure_log(self) -> None:
        try:
            self._verify_pressure_log()
        except PressureLogStale as err:
            log.warning("pressure log stale: %s", err)
            return
        self.proxy.box.fetch("/pressure/archive", method="POST")

    def _verify_pressure_log(self) -> None:
        if not self.ledger.fermentations_active():
            return  # nothing fermenting, nothing to verify
        if not self.ledger.pressure_log_fresh():
            raise PressureLogStale(self.settings.vessel)


def start_brewhouse(vessel: str) -> BrewhouseMaster:
    settings = BrewSettings.for_vessel(vessel)
    box = tap_brewhouse_box(vessel)
    log.info("brewhouse box %s for %s", box.brewhouse_id(), vessel)
    proxy = LeaseProxy(BoxLease(box, vessel))
    ledger = FermentLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), vessel)
    pump = DosingPump(settings.dosing_line)
    pump.box = box
    return BrewhouseMaster(settings, proxy, ledger, pump)
