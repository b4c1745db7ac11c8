"""The cave warden: the platform runs its ripening round every twenty minutes."""

from __future__ import annotations

import contextlib
import logging

import kvbox
import stowage
import telemetry

from .cellar import CaveBusy, CaveClimateBox, CaveTimeout, NothingToTurn, commission_cave_box
from .ledger import RipeningLedger
from .services import ClimateProbe, Fumigator, RindWasher, WheelTurner, brine_circulation
from .settings import CaveSettings

log = logging.getLogger(__name__)

humidity_gauge = telemetry.Gauge("affinage_relative_humidity")
rounds_counter = telemetry.Counter("affinage_rounds")


class CaveWarden:
    def __init__(self, settings: CaveSettings, ledger: RipeningLedger, box: CaveClimateBox, probe: ClimateProbe,
                 turner: WheelTurner, washer: RindWasher, fumigator: Fumigator) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.probe = probe
        self.turner = turner
        self.washer = washer
        self.fumigator = fumigator
        self.humidity: float | None = None
        self._rounds = 0

    def ripening_round(self) -> None:
        self._rounds += 1
        with contextlib.ExitStack() as stack:
            stack.callback(self._close_round, self._rounds)
            if self.ledger.brine_bath_in_use():
                stack.enter_context(brine_circulation(self.box, self.settings.cave))
            self._turn_shelves()
        self._read_climate()
        with contextlib.suppress(CaveBusy):
            self.washer.wash_if_due()
        self.fumigator.fumigate_if_outbreak()

    def _turn_shelves(self) -> int:
        turned = 0
        for shelf in self.settings.shelves:
            try:
                turned += self.turner.turn_shelf(shelf)
            except NothingToTurn:
                continue
            except CaveTimeout as exc:
                log.warning("turning arm stuck on %s: %s", shelf, exc)
                continue
            log.info("shelf %s turned", shelf)
        return turned

    def _read_climate(self) -> None:
        try:
            relative_humidity = self.probe.read_humidity()
        except CaveTimeout as exc:
            log.warning("humidity probe silent: %s", exc)
            self.humidity = None
        else:
            self.humidity = relative_humidity
            humidity_gauge.set(relative_humidity)
        finally:
            log.debug("round %d climate read done", self._rounds)

    def _close_round(self, round_no: int) -> None:
        rounds_counter.inc()
        log.debug("ripening round %d of %s closed", round_no, self.settings.cave)


def open_cave(cave: str) -> CaveWarden:
    settings = CaveSettings.from_env(cave)
    ledger = RipeningLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.cave)
    box = commission_cave_box(settings.cave)
    warden = CaveWarden(settings, ledger, box, ClimateProbe(box, settings.target_humidity), WheelTurner(box, ledger),
                        RindWasher(box, ledger, settings.wash_every), Fumigator(box, ledger))
    log.info("cave warden for %s with shelves %s", cave, ", ".join(settings.shelves))
    return warden
