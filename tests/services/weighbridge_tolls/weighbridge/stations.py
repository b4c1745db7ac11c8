"""The stations at the gate lanes: a base, a boxed middle class, and one leaf per lane kind."""

from __future__ import annotations

import logging
from typing import ClassVar

from .boxes import summon_weighbridge_box
from .ledger import LorryLoadLedger
from .settings import WeighbridgeSettings

log = logging.getLogger(__name__)


class TollStationBase:
    """Settings, ledger and a logger; whether the station runs is a class attribute."""

    ENABLED: ClassVar[bool] = True
    PART: ClassVar[str] = "station"
    PATH_TEMPLATE: ClassVar[str] = "/harbours/{harbour}/stations/{part}/{action}"

    def __init__(self, settings: WeighbridgeSettings, ledger: LorryLoadLedger) -> None:
        self.settings = settings
        self.ledger = ledger
        self.log = logging.getLogger(f"{__name__}.{self.PART}")

    def path_for(self, action: str) -> str:
        return self.PATH_TEMPLATE.format(harbour=self.settings.harbour, part=self.PART, action=action)

    def run_part(self) -> None:
        if not self.ENABLED:
            self.log.info("station %s is switched off", self.PART)
            return
        self.tick_part()

    def tick_part(self) -> None:
        self.log.debug("station %s ticked", self.PART)


class BoxedTollStation(TollStationBase):
    """A station wired to a lane of the weighbridge box."""

    def __init__(self, settings: WeighbridgeSettings, ledger: LorryLoadLedger, *, lane: str) -> None:
        super().__init__(settings, ledger)
        self.lane = lane
        self.box = summon_weighbridge_box(settings.harbour, lane)

    def tick_part(self) -> None:
        super().tick_part()
        self.box.fetch(self.path_for("sync"), method="POST", json={"lane": self.lane})

    def recalibrate(self) -> None:
        self.log.warning("recalibrating %s on %s", self.PART, self.lane)
        self.box.fetch(self.path_for("calibrate"), method="POST", json={"lane": self.lane})


class AxleScaleStation(BoxedTollStation):
    PART = "axle"

    def __init__(self, settings: WeighbridgeSettings, ledger: LorryLoadLedger) -> None:
        super().__init__(settings, ledger, lane=settings.axle_lane)
        self.weighed_total = 0

    def tick_part(self) -> None:
        weighed = 0
        for ticket in self.ledger.unweighed_axle_tickets():
            self.box.fetch(f"/lanes/{self.lane}/tickets/{ticket.ticket_id}/weigh", method="POST", json={"axles": ticket.axles})
            weighed += 1
        self.weighed_total += weighed
        if weighed:
            super().tick_part()


class DrumScaleStation(BoxedTollStation):
    """The old drum scale on lane 4: out of service until the new load cells arrive."""

    ENABLED = False
    PART = "drum"

    def __init__(self, settings: WeighbridgeSettings, ledger: LorryLoadLedger) -> None:
        super().__init__(settings, ledger, lane=settings.drum_lane)

    def tick_part(self) -> None:
        self.box.fetch(self.path_for("spin-up"), method="POST", json={"max_gross_kg": self.settings.max_gross_kg})


class OverweightHoldStation(BoxedTollStation):
    PART = "hold"

    def __init__(self, settings: WeighbridgeSettings, ledger: LorryLoadLedger) -> None:
        super().__init__(settings, ledger, lane=settings.hold_lane)

    def tick_part(self) -> None:
        if self.ledger.overweight_lorries_queued():
            self.log.info("lorries held overweight; syncing the hold bay")
            super().tick_part()
        else:
            self.log.debug("hold bay empty")


class PlateReaderStation(BoxedTollStation):
    PART = "plates"

    def __init__(self, settings: WeighbridgeSettings, ledger: LorryLoadLedger) -> None:
        super().__init__(settings, ledger, lane=settings.plate_lane)

    def tick_part(self) -> None:
        self.box.fetch(f"/lanes/{self.lane}/plates/latest", method="GET")

    def recalibrate(self) -> None:
        """The lens is recalibrated by the night crew from the admin console, not by the clock."""
        self.box.fetch(self.path_for("lens"), method="POST")
