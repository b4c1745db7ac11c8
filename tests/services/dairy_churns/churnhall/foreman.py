"""The churn line foreman: the scheduler calls ``churn_tick()`` every five minutes."""

from __future__ import annotations

import dataclasses
import logging

import kvbox
import stowage

from .control import ChurnControlBox, commission_churn_control_box
from .phases import DrumCycle
from .records import RunTally
from .repository import CreamLedger
from .services import CreamChurner, StationPoller
from .settings import CHURN_STATIONS, ChurnLineSettings

log = logging.getLogger(__name__)


class ChurnLineForeman:
    def __init__(self, settings: ChurnLineSettings, ledger: CreamLedger, box: ChurnControlBox,
                 poller: StationPoller, churner: CreamChurner, cycle: DrumCycle) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.poller = poller
        self.churner = churner
        self.cycle = cycle
        self.tally = RunTally()

    def churn_tick(self) -> None:
        log.debug("churn tick on box %s", self.box.churn_box_serial())
        lead, *downstream = CHURN_STATIONS
        limits = self.poller.poll_stations()
        log.debug("%s leads %d stations, limits %s", lead.name, len(downstream), limits)
        phase = self.cycle.advance()
        log.debug("drum is %s", phase.value)
        run = self.churner.churn_waiting(self.ledger.cream_batches_awaiting_churn())
        self.tally = dataclasses.replace(self.tally, ticks=self.tally.ticks + 1,
                                         batches=self.tally.batches + run.batches,
                                         litres=self.tally.litres + run.litres)
        if self.ledger.cream_ripening_vats_occupied():
            self.box.signal("/vats/temper", celsius=self.settings.ripening_celsius)
        self._save_tally()

    def _save_tally(self) -> None:
        try:
            self.ledger.record_tally(self.tally)
        except stowage.StowageError:
            log.warning("tally not saved; the next tick saves it")


def open_churn_line(line: str) -> ChurnLineForeman:
    settings = ChurnLineSettings.from_env(line)
    ledger = CreamLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings)
    box = commission_churn_control_box(settings.line)
    poller = StationPoller(box)
    log.info("churn line %s open, rpm budget %d", line, poller.line_rpm_budget())
    cycle = DrumCycle(box, ledger, settings.drum_rpm)
    return ChurnLineForeman(settings, ledger, box, poller, CreamChurner(box, settings), cycle)
