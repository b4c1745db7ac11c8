"""The lehr scheduler: the platform ticks it every ten minutes."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

import stowage

from . import boxes
from .boxes import LehrReplyError, lehr, sync_state_if_dirty
from .callbacks import build_actions, make_heartbeat, make_tick_logger, with_retries
from .guards import SkipTick, require_queued_loads
from .settings import LehrSettings
from .store import LehrStore

log = logging.getLogger(__name__)


class LehrScheduler:
    def __init__(self, settings: LehrSettings, store: LehrStore) -> None:
        self.settings = settings
        self.store = store
        self._actions = build_actions()
        self._on_tick: list[Callable[[], None]] = [make_heartbeat(lehr(), settings.line), make_tick_logger(settings.line)]
        self._deferred: list[Callable[[], object]] = []

    def tick(self) -> None:
        for callback in self._on_tick:
            callback()
        boxes._state.ticks += 1
        boxes._state.loads_waiting = self.store.lehr_has_queued_loads()
        match self._belt_status():
            case "loaded":
                self._actions["loaded"]()
            case "cooling":
                self._actions["cooling"]()
            case _:
                self._actions["idle"]()
        with contextlib.suppress(SkipTick):
            require_queued_loads(self.store)
            lehr().fetch("/belt/anneal", method="POST")
        self.charge_cullet()
        self.record_sweep()
        try:
            self.recalibrate_if_due()
        except LehrReplyError:
            log.warning("pyrometer recalibration refused; next tick retries")

    def _belt_status(self) -> str:
        if self.store.lehr_has_queued_loads():
            return "loaded"
        return "cooling" if self.store.cooling_requested() else "idle"

    def charge_cullet(self) -> None:
        for batch in self.store.pending_cullet_batches():
            for zone in self.settings.zones:
                if zone == "exit":
                    continue
                self._deferred.append(lambda b=batch, z=zone: lehr().fetch(f"/zones/{z}/charge", method="POST", json={"batch": b.batch_id}))
            if len(self._deferred) >= self.settings.max_deferred:
                break
        else:
            lehr().fetch("/cullet/stock-report", method="POST")
        self._run_deferred()

    def _run_deferred(self) -> None:
        while self._deferred:
            action = self._deferred.pop()
            action()

    def record_sweep(self) -> None:
        try:
            self.store.mark_swept()
        except stowage.StowageError:
            lehr().fetch("/alerts", method="POST", json={"kind": "sweep-not-recorded"})
            return
        else:
            log.info("sweep recorded on %s", lehr().line_name())
        finally:
            sync_state_if_dirty()

    def recalibrate_if_due(self) -> None:
        if not self.store.pyrometer_recalibration_due():
            return
        self._push_recalibration()

    @with_retries(3)
    def _push_recalibration(self) -> None:
        reply = lehr().fetch("/pyrometers/recalibrate", method="POST")
        if not reply.ok:
            raise LehrReplyError("recalibration refused")
