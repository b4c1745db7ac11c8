"""The crane yard scheduler: the yard's cron calls ``shift_tick()`` every three minutes."""

from __future__ import annotations

import logging
from functools import cached_property

import kvbox
import stowage

from .cranebox import GantryCraneBox, rig_gantry_crane_box
from .interlocks import lift_interlocked
from .records import CraneStatus
from .routines import CRANE_ROUTINES
from .settings import CraneYardSettings
from .yardlog import CraneYardLog

log = logging.getLogger(__name__)


class CraneYardScheduler:
    def __init__(self, settings: CraneYardSettings, yard_log: CraneYardLog) -> None:
        self.settings = settings
        self.yard_log = yard_log

    @cached_property
    def crane_box(self) -> GantryCraneBox:
        return rig_gantry_crane_box(self.settings.dock)

    def shift_tick(self) -> None:
        rail = self.crane_box.crane_rail_id()
        log.debug("shift tick on rail %s", rail)
        self._sync_anemometer()
        for routine_type in CRANE_ROUTINES:
            routine_type(self.crane_box, self.yard_log, self.settings).step()
        status = self.yard_log.read_crane_status(rail)
        match status:
            case CraneStatus(idle=True, rail=idle_rail):
                self.crane_box.command("/trolley/park", json={"rail": idle_rail})
            case CraneStatus(idle=False, load_tonnes=tonnes) if tonnes > self.settings.safe_working_load_tonnes:
                log.error("hoist over its safe working load: %d t", tonnes)
                self.crane_box.command("/hoist/overload-brake", method="POST")
            case CraneStatus(idle=False):
                log.info("lift under way on %s", status.rail)
        self._report_hoist_load(status)

    def _sync_anemometer(self) -> None:
        self.crane_box.command("/anemometer/sync", method="POST")

    @lift_interlocked
    def _report_hoist_load(self, status: CraneStatus) -> None:
        self.crane_box.command("/hoist/load-report", json={"tonnes": status.load_tonnes})


def open_crane_yard(dock: str) -> CraneYardScheduler:
    settings = CraneYardSettings.from_env(dock)
    yard_log = CraneYardLog(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings)
    log.info("crane yard open on %s with %d routines", dock, len(CRANE_ROUTINES))
    return CraneYardScheduler(settings, yard_log)
