"""Stamp batteries: a base tick that runs a list of hooks each subclass extends."""

from __future__ import annotations

import logging
from collections.abc import Callable

import stowage
import telemetry

from .ledger import StampLedger
from .mortarbox import MortarBox
from .settings import MillSettings

log = logging.getLogger(__name__)

Hook = Callable[[], None]


class UnknownBatteryKind(LookupError):
    """No battery class answers to the configured kind."""


class StampBattery:
    def __init__(self, ledger: StampLedger, box: MortarBox, settings: MillSettings) -> None:
        self.ledger = ledger
        self.box = box
        self.settings = settings
        self.shifts = 0

    @classmethod
    def create(cls, settings: MillSettings, ledger: StampLedger, box: MortarBox) -> StampBattery:
        wanted = settings.battery_kind.strip().lower()
        for sub in cls.__subclasses__():
            if sub.__name__.removesuffix("Battery").lower() == wanted:
                log.info("battery kind %r is %s", wanted, sub.__name__)
                return sub(ledger, box, settings)
        raise UnknownBatteryKind(settings.battery_kind)

    def hooks(self) -> list[Hook]:
        return [self._tally_drops, self._inspect_cam_shaft]

    def tick(self) -> None:
        self.shifts += 1
        for hook in self.hooks():
            hook()
        log.debug("%s shift %d done", type(self).__name__, self.shifts)

    def _tally_drops(self) -> None:
        drops = self.ledger.stamp_drops_last_shift()
        self.box.record_drops(self.settings.mill_id, drops)
        if drops == 0:
            log.warning("battery at %s dropped no stamps this shift", self.settings.mill_id)

    def _inspect_cam_shaft(self) -> None:
        if self.ledger.cam_shaft_relining_due():
            log.info("cam shaft relining due at %s", self.settings.mill_id)
            self.box.book_relining(self.settings.mill_id, stamps=self.settings.stamps_per_battery)


class AmalgamBattery(StampBattery):
    """Gold caught on mercury-coated copper plates below the mortar."""

    mercury_per_dressing = 120

    def hooks(self) -> list[Hook]:
        return super().hooks() + [self._dress_plates, self._assay_pulp]

    def tick(self) -> None:
        with telemetry.timed("stampmill.amalgam.tick"):
            super().tick()

    def _dress_plates(self) -> None:
        if not self.ledger.amalgam_plates_need_dressing():
            return
        self.box.dress_plates(self.settings.mill_id, mercury_grams=self.mercury_per_dressing)

    def _assay_pulp(self) -> None:
        for sample in self.ledger.unassayed_pulp_samples():
            self.box.submit_assay(sample.sample_id, sample.tonnage)
            try:
                self.ledger.mark_assayed(sample)
            except stowage.StowageError:
                log.warning("sample %s sent but not marked; it will be sent again", sample.sample_id)


class ConcentratorBattery(StampBattery):
    """Pulp run straight over Frue vanners, no plates."""

    def hooks(self) -> list[Hook]:
        return super().hooks() + [self._sweep_vanners]

    def _sweep_vanners(self) -> None:
        self.box.sweep_vanners(self.settings.mill_id)
