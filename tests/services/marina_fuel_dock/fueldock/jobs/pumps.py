"""Jobs at the pumps: meter sweeps, shore power readings, nozzle lockouts."""

from __future__ import annotations

import logging

import stowage

from ..boxes import PumpHouseBox
from ..errors import MeterReadFailed
from ..ledger import DockLedger
from .base import FuelDockJob

log = logging.getLogger(__name__)


class FuelMeterSweepJob(FuelDockJob):
    """Reads every pump meter; runs every tick (overrides ``execute()`` only)."""

    name = "meter-sweep"

    def execute(self) -> None:
        reply = self.box.fetch("/pumps/meters", method="GET")
        if not reply.ok:
            raise MeterReadFailed(self.name, f"pump house answered {reply.status}")
        try:
            self.ledger.record_meter_sweep(len(reply.json()))
        except stowage.StowageError:
            log.warning("meter sweep not recorded; the next sweep covers it")


class ShorePowerReadingJob(FuelDockJob):
    """Reads the shore-power pedestals when the dock meters them (a settings switch)."""

    name = "shore-power"

    def __init__(self, box: PumpHouseBox, ledger: DockLedger, berth: str) -> None:
        super().__init__(box, ledger)
        self.berth = berth

    def execute(self) -> None:
        self.box.fetch(f"/shore-power/{self.berth}/readings", method="GET")


class NozzleLockoutJob(FuelDockJob):
    """Stamps a lockout while a nozzle is lifted (overrides ``should_run()`` only)."""

    name = "nozzle-lockout"

    def should_run(self) -> bool:
        return self.ledger.pump_nozzle_in_use()
