"""The line dispatcher: its tick runs every five minutes."""

from __future__ import annotations

import logging

import sensorlink

from .fleet import Fleet
from .inspection import CabinInspector
from .repository import CabinLedger, InspectionDue
from .rope import HaulRopeKeeper
from .settings import RopewaySettings
from .station import DriveStationLink

log = logging.getLogger(__name__)

GATE_CALLS = {"running": "sync_gate", "wind_stop": "close_gate"}


class CabinLineDispatcher:
    def __init__(self, client: DriveStationLink, ledger: CabinLedger, hub: sensorlink.SensorHub,
                 rope_keeper: HaulRopeKeeper, settings: RopewaySettings) -> None:
        self.client = client
        self.ledger = ledger
        self.hub = hub
        self.rope_keeper = rope_keeper
        self.settings = settings

    async def tick(self) -> None:
        settings = self.settings
        inspector = CabinInspector(self.client, settings)
        await self._set_gates()
        async for cabin in Fleet(self.hub, settings.cabin_ids, ("sway",), settings.sensor_timeout_s):
            async for reading in cabin.sensor.stream():
                inspector.observe(reading)
        due = await self.ledger.cabins_due_for_inspection()
        due_ids = [d.cabin_id for d in sorted(due, key=InspectionDue.oldest_first)]
        async for cabin in Fleet(self.hub, due_ids, ("grip",), settings.sensor_timeout_s):
            async for reading in cabin.sensor.stream():
                inspector.record_grip(reading)
        await inspector.report()
        await self.rope_keeper.retension_if_due()

    async def _set_gates(self) -> None:
        mode = "wind_stop" if await self.ledger.wind_stop_in_force() else "running"
        method_name = GATE_CALLS[mode]
        for station in self.settings.stations:
            await getattr(self.client, method_name)(station)
        log.info("%s gates: %s", self.settings.line, mode)
