"""The press-floor foreman: one pass every couple of minutes, from a thread of its own in production."""

from __future__ import annotations

import logging
import threading

from .bus import PressBus
from .services import LockupScheduler, PressRoomDispatcher, ProofDesk
from .settings import PressShopSettings
from .stockroom import LetterpressJob, PassSummary, PressStockroom, RollerWash
from .workqueue import PressQueue

log = logging.getLogger(__name__)


class PressFloorForeman:
    def __init__(
        self,
        settings: PressShopSettings,
        stockroom: PressStockroom,
        bus: PressBus,
        proof_desk: ProofDesk,
        scheduler: LockupScheduler,
        dispatcher: PressRoomDispatcher,
    ) -> None:
        self.settings = settings
        self.stockroom = stockroom
        self.bus = bus
        self.proof_desk = proof_desk
        self.scheduler = scheduler
        self.dispatcher = dispatcher
        self.queue = PressQueue()
        self._passes = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # -- thread plumbing (production) ---------------------------------------

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self._loop, name=f"press-{self.settings.shop}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        log.info("press floor %s every %ss", self.settings.shop, self.settings.pass_interval_s)
        while not self._stop.wait(self.settings.pass_interval_s):
            self.run_pass()

    # -- the periodic entry ---------------------------------------------------

    def run_pass(self) -> PassSummary:
        self._passes += 1
        proofs = self.stockroom.queued_proof_runs()
        for proof in proofs:
            self.bus.publish("proof.queued", proof)
        jobs: list[LetterpressJob] = []
        if self.stockroom.letterpress_jobs_on_bed():
            jobs = self.stockroom.jobs_on_bed()
            self.scheduler.lock_up(jobs, self.queue)
        self.proof_desk.hand_over(self.queue)
        self.queue.push("wash", RollerWash(self.settings.shop, self._passes))
        done = self.dispatcher.drain(self.queue)
        if self.stockroom.paper_stock_low():
            self.bus.publish("stock.low", self.settings.shop)
        if self.stockroom.ink_well_recalibration_due():
            self.bus.publish("inks.recalibrate", self.settings.ink_profile)
        summary = PassSummary(self._passes, len(jobs), len(proofs), done)
        self.bus.publish("pass.finished", summary)
        return summary
