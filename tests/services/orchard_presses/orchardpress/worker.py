"""The press house's worker thread: ``tick()`` every ``interval_s`` seconds."""

from __future__ import annotations

import logging
import threading
import time

from .clients import press_box_for
from .hub import OrchardPressHub, PressContext
from .repository import PressHouseError

log = logging.getLogger(__name__)


class PressHouseWorker(threading.Thread):
    def __init__(self, hub: OrchardPressHub, ctx: PressContext) -> None:
        super().__init__(name=f"press-house-{ctx.settings.orchard}", daemon=True)
        self.hub = hub
        self.ctx = ctx
        self._halt = threading.Event()

    def run(self) -> None:
        log.info("press house %s every %ss", self.ctx.settings.orchard, self.ctx.settings.interval_s)
        while not self._halt.is_set():
            started = time.monotonic()
            try:
                self.tick()
            except PressHouseError:
                log.exception("press-house tick %d failed", self.ctx.tick_no)
            time.sleep(max(0.0, self.ctx.settings.interval_s - (time.monotonic() - started)))

    def halt(self) -> None:
        self._halt.set()

    def tick(self) -> None:
        self.ctx.tick_no += 1
        for name, hook in self.hub.tick_hooks():
            log.debug("press hook %s", name)
            hook(self.ctx)
        for barrel in self.ctx.ledger.cider_barrels_awaiting_bung():
            self.ctx.service.bung_barrel(barrel)
        if self.ctx.service.hauls:
            self.ctx.service.flush_haul_log()
        self.report_cellar()

    def report_cellar(self) -> None:
        cellar = press_box_for(self.ctx.settings.cellar_bay)
        cellar.report("/cellar/temperature", tick=self.ctx.tick_no)
