"""The rack tender: the one worker that drives the hoist, fed through a queue of jobs."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterable

import stowage

from .hoist import SmokehouseHoist
from .jobs import RackJob
from .ledger import SmokehouseLedger
from .settings import SmokehouseSettings

log = logging.getLogger(__name__)


class RackTender:
    def __init__(self, settings: SmokehouseSettings, ledger: SmokehouseLedger, hoist: SmokehouseHoist) -> None:
        self.settings = settings
        self.ledger = ledger
        self.hoist = hoist
        self.beats = 0
        self._jobs: queue.Queue[RackJob | None] = queue.Queue()
        self._thread: threading.Thread | None = None

    # -- the worker thread (production) ----------------------------------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._serve, name=f"rack-tender-{self.settings.site}", daemon=True)
        self._thread.start()
        log.info("rack tender thread started")

    def stop(self) -> None:
        self._jobs.put(None)
        if self._thread is not None:
            self._thread.join(self.settings.stop_timeout_s)
        else:
            self.work_through()

    def _serve(self) -> None:
        while self._work_one(self._jobs.get()):
            pass
        log.info("rack tender thread stopped")

    # -- handing work over -------------------------------------------------------

    def submit(self, jobs: Iterable[RackJob]) -> int:
        count = 0
        for job in jobs:
            self._jobs.put(job)
            count += 1
        if self._thread is None:
            self.work_through()
        return count

    def work_through(self) -> int:
        """Without the thread: the thread's loop body over everything queued now."""
        done = 0
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return done
            if not self._work_one(job):
                return done
            done += 1

    # -- the loop body -------------------------------------------------------------

    def _work_one(self, job: RackJob | None) -> bool:
        try:
            if job is None:
                log.info("sentinel: parking every rack")
                self.hoist.park_all_racks(self.settings.site)
                return False
            self._handle(job)
            return True
        finally:
            self._jobs.task_done()

    def _handle(self, job: RackJob) -> None:
        match job.kind:
            case "heartbeat":
                self._beat(job)
            case "turn":
                self._turn(job)
            case _:
                log.warning("unknown rack job %r", job.kind)

    def _beat(self, job: RackJob) -> None:
        self.beats += 1
        reply = self.hoist.beat(self.settings.site, beat=self.beats, note=job.note)
        if not reply.ok:
            log.warning("hoist heartbeat %d not acknowledged", self.beats)
        if self.ledger.smoke_generator_smouldering():
            self.hoist.trim_damper(self.settings.site, opening=0.4)
        if self.ledger.brine_audit_due():
            self.hoist.draw_brine_sample(self.settings.brine_rack)

    def _turn(self, job: RackJob) -> None:
        reply = self.hoist.turn_rack(job.rack_id, degrees=self.settings.turn_degrees)
        if not reply.ok:
            log.warning("rack %s did not turn", job.rack_id)
            self.hoist.flag_jammed_rack(job.rack_id)
            return
        try:
            self.ledger.record_turn(job.rack_id, self.settings.turn_degrees)
        except stowage.StowageError:
            log.warning("turn of rack %s not recorded; the next round turns it again", job.rack_id)
