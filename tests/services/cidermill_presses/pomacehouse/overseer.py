"""The mill overseer and start_mill(); the orchard ticks the overseer every three minutes."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from typing import Any

import kvbox
import stowage

from . import callbacks  # noqa: F401  (registers the press-floor callbacks)
from .chores import make_cloth_rinser, make_keeve_racker, make_lazy_sampler, make_settling_pair, press_session
from .guarding import retry_press_call
from .hooks import run_mill_callbacks
from .ledger import PressLedger, PressUnreachable
from .pressbox import MillContext, hire_press_box
from .settings import CiderMillSettings

log = logging.getLogger(__name__)


class CiderMillOverseer:
    def __init__(self, ctx: MillContext, chores: list[Callable[[], None]], sampler: Callable[[], Any]) -> None:
        self.ctx = ctx
        self.chores = chores
        self.sampler = sampler

    def tick(self) -> None:
        ran = run_mill_callbacks(self.ctx)
        for chore in self.chores:
            chore()
        with contextlib.ExitStack() as stack:
            stack.callback(lambda: self.ctx.box.fetch("/mill/lamps-off", method="POST"))
            session = stack.enter_context(press_session(self.ctx.box, self.ctx.ledger))
            if session is not None:
                session.fetch("/pomace/grind", method="POST")
        self._probe_juice_level()
        if self.ctx.ledger.wassail_night_due():
            self.sampler().fetch("/cider/sample", method="POST")
        self.ctx.ledger.note_tick(ran)

    def _probe_juice_level(self) -> None:
        box = self.ctx.box
        try:
            retry_press_call(lambda: box.fetch("/juice/level", method="GET"), self.ctx.settings.probe_attempts)
        except PressUnreachable as exc:
            log.warning("juice level unknown: %s", exc)


def start_mill(mill: str) -> CiderMillOverseer:
    settings = CiderMillSettings.for_mill(mill)
    ledger = PressLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), mill)
    box = hire_press_box(mill)
    log.info("mill %s ready (press %s)", mill, box.cidermill_serial())
    arm, settle = make_settling_pair(box, ledger)
    chores = [make_cloth_rinser(box, settings.rinse_litres), make_keeve_racker(box, ledger), settle, arm]
    sampler = make_lazy_sampler(mill, hire_press_box)
    return CiderMillOverseer(MillContext(box, ledger, settings), chores, sampler)
