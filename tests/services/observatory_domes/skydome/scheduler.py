"""The night scheduler: its cycle runs every five minutes, day and night."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .controller import DomeControlBox, get_dome_controller
from .ledger import ObservingLedger, SlewTarget
from .registry import ROUTINES, NightContext
from .settings import DomeSettings

log = logging.getLogger(__name__)


def post_heartbeat(controller: DomeControlBox, site: str) -> None:
    controller.command("/heartbeat", site=site)


class DomeNightScheduler:
    STEPS = ("routines", "slew", "dome_sync", "pointing", "hooks")

    def __init__(self, settings: DomeSettings, ledger: ObservingLedger) -> None:
        self.settings = settings
        self.ledger = ledger
        self._cycle_hooks: list[Callable[[], None]] = []
        self._dispatched: set[str] = set()
        self._mount_moved = False

    def add_cycle_hook(self, hook: Callable[[], None]) -> None:
        self._cycle_hooks.append(hook)

    def cycle(self) -> None:
        controller = get_dome_controller()
        log.debug("cycle at %s", controller.site_code())
        for name in self.STEPS:
            getattr(self, f"_step_{name}")(controller)

    def _step_routines(self, controller: DomeControlBox) -> None:
        ctx = NightContext(controller, self.ledger, self.settings, self._dispatched)
        for name, routine in sorted(ROUTINES.items()):
            log.debug("routine %s", name)
            routine(ctx)
        for finish in ctx.finishers:
            finish()

    def _step_slew(self, controller: DomeControlBox) -> None:
        self._mount_moved = False
        if not self.ledger.observing_run_in_progress():
            return
        for target in map(SlewTarget.from_row, self.ledger.slew_targets()):
            controller.command("/mount/slew", target=target.name, ra=target.ra, dec=target.dec)
            self._mount_moved = True

    def _step_dome_sync(self, controller: DomeControlBox) -> None:
        if self._mount_moved:
            controller.command("/dome/azimuth-sync")

    def _step_pointing(self, controller: DomeControlBox) -> None:
        if self.ledger.pointing_model_recalibration_due():
            controller.command("/mount/pointing-model", action="refit")

    def _step_hooks(self, controller: DomeControlBox) -> None:
        for hook in self._cycle_hooks:
            hook()
