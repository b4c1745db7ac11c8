"""The press foreman: the scheduler calls ``press_tick()`` every five minutes."""

from __future__ import annotations

import logging
from collections import deque

import kvbox
import stowage

from .ledger import PressLedger
from .plateroom import PlateRoomBox, commission_plate_room_box
from .records import PlateRun
from .settings import PrinterySettings
from .stages import PressStage, StageHandler

log = logging.getLogger(__name__)


class AlmanacPressForeman:
    def __init__(self, settings: PrinterySettings, ledger: PressLedger, plates: PlateRoomBox) -> None:
        self.settings = settings
        self.ledger = ledger
        self.plates = plates
        self.stage = PressStage.OPEN_FORME
        self._queued: deque[PlateRun] = deque()
        self._proofing: PlateRun | None = None
        self._recast_run: PlateRun | None = None
        self._stages: dict[PressStage, StageHandler] = {
            PressStage.REISSUE_ALMANAC: self._reissue_almanac,
            PressStage.OPEN_FORME: self._open_forme,
            PressStage.RECAST_FROST_TABLES: self._recast_frost_tables,
            PressStage.INK_PLATES: self._ink_plates,
            PressStage.PULL_PROOFS: self._pull_proofs,
            PressStage.CLOSE_FORME: self._close_forme,
        }

    def press_tick(self) -> None:
        log.debug("press tick on %s", self.plates.press_serial())
        state, self.stage = self.stage, PressStage.OPEN_FORME
        steps = 0
        while state is not PressStage.DONE:
            if steps >= self.settings.stage_limit:
                log.warning("stage limit %d reached at %s; the next tick resumes there",
                            self.settings.stage_limit, state.value)
                self.stage = state
                break
            log.debug("stage %s", state.value)
            state = self._stages[state]()
            steps += 1

    def _reissue_almanac(self) -> PressStage:
        run, self._recast_run = self._recast_run, None
        if run is None:
            log.error("reissue stage parked without a recast run")
            return PressStage.OPEN_FORME
        self.plates.work(run.plate_path("reissue"), json=run.ticket())
        try:
            self.ledger.record_reissue(run)
        except stowage.StowageError:
            log.warning("reissue of %s not recorded", run.almanac)
        return PressStage.OPEN_FORME

    def _open_forme(self) -> PressStage:
        self._queued.extend(self.ledger.plate_runs_on_order())
        if self.ledger.ink_fountain_low():
            self.plates.work("/fountain/refill", json={"press": self.settings.press})
        if self.ledger.frost_tables_revised():
            log.warning("frost-date tables revised for %s: recasting", self.settings.title)
            return PressStage.RECAST_FROST_TABLES
        return PressStage.INK_PLATES

    def _recast_frost_tables(self) -> PressStage:
        run = PlateRun(self.settings.title, self.settings.edition, self.settings.frost_table_sheets, "frost")
        self.plates.work(run.plate_path("recast"), json=run.ticket())
        self._recast_run = run
        self.stage = PressStage.REISSUE_ALMANAC
        log.info("recast plates cool until the next tick; the reissue waits for them")
        return PressStage.INK_PLATES

    def _ink_plates(self) -> PressStage:
        if not self._queued:
            return PressStage.CLOSE_FORME
        run = self._queued.popleft()
        self.plates.work(run.plate_path("ink"), json=run.ticket())
        if self.ledger.pressmen_at_the_platen():
            self._proofing = run
            return PressStage.PULL_PROOFS
        return PressStage.INK_PLATES

    def _pull_proofs(self) -> PressStage:
        run, self._proofing = self._proofing, None
        if run is None:
            return PressStage.INK_PLATES
        self.plates.work(run.plate_path("proof"), json={"sheets": 1})
        try:
            self.ledger.mark_printed(run)
        except stowage.StowageError:
            log.warning("%s not marked printed; it comes round again", run.section)
        return PressStage.INK_PLATES

    def _close_forme(self) -> PressStage:
        if self.ledger.pressmen_at_the_platen():
            self.plates.work("/rollers/wash", json={"press": self.settings.press})
        self.plates.work("/press/heartbeat", json={"stage": self.stage.value, "queued": len(self._queued)})
        return PressStage.DONE


def open_printery(title: str) -> AlmanacPressForeman:
    settings = PrinterySettings.from_env(title)
    ledger = PressLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings)
    plates = commission_plate_room_box(settings.press)
    log.info("printery open for %s", title)
    return AlmanacPressForeman(settings, ledger, plates)
