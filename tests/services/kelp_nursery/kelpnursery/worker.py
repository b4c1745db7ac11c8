"""The nursery's worker thread: one ``tick()`` every ``interval_s`` seconds."""

from __future__ import annotations

import collections
import contextlib
import logging
import queue
import threading

import queuebus
import stowage

from .lightlog import LightLog
from .outplant import Outplanter
from .repository import NurseryError, NurseryRepository, OutplantTray, SeedlingBatch
from .settings import NurserySettings
from .tank import TankDesk

log = logging.getLogger(__name__)

# Trays the tank refused; the next tick tries them again.
_RETRY: list[OutplantTray] = []


def _hold_for_retry(failed: list[OutplantTray]) -> None:
    if failed:
        log.warning("%d trays held for retry", len(failed))
    _RETRY.extend(failed)


class NurseryWorker:
    def __init__(
        self,
        settings: NurserySettings,
        repo: NurseryRepository,
        desk: TankDesk,
        outplanter: Outplanter,
        flush_requests: queuebus.Listener,
    ) -> None:
        self.settings = settings
        self.repo = repo
        self.desk = desk
        self.outplanter = outplanter
        self.flush_requests = flush_requests
        self.counts: collections.Counter[str] = collections.Counter()
        self._stop = threading.Event()
        self._flush_requested = threading.Event()
        self._batches: queue.Queue[SeedlingBatch] = queue.Queue()
        self._flush_timer: threading.Timer | None = None
        self._thread: threading.Thread | None = None

    # -- thread plumbing (production) ---------------------------------------

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self._run, name=f"kelp-{self.settings.site}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._flush_timer is not None:
            self._flush_timer.cancel()
        if self._thread is not None:
            self._thread.join(timeout)

    def _arm_flush_timer(self) -> None:
        self._flush_timer = threading.Timer(self.settings.flush_every_s, self.request_flush)
        self._flush_timer.daemon = True
        self._flush_timer.start()

    def _run(self) -> None:
        log.info("kelp nursery %s every %ss", self.settings.site, self.settings.interval_s)
        while not self._stop.is_set():
            if self._flush_timer is None or not self._flush_timer.is_alive():
                self._arm_flush_timer()
            try:
                self.tick()
            except NurseryError:
                log.exception("tick %d failed", self.counts["ticks"])
            self._stop.wait(self.settings.interval_s)

    # -- called from other threads and by the flush-request listener --------

    def request_flush(self, *_reason: object) -> None:
        log.info("culture-water flush requested")
        self._flush_requested.set()

    # -- the periodic entry ---------------------------------------------------

    def tick(self) -> None:
        if self._stop.is_set():
            return
        self.counts["ticks"] += 1
        self.counts["flushes"] += 1
        log.info("tick %d at %s", self.counts["ticks"], self.settings.site)
        self.flush_requests.pump()
        if self._flush_requested.is_set():
            self._flush_requested.clear()
            self.desk.flush_culture_water()
        if self.repo.kelp_lines_seeding():
            self._produce_batches()
        self._drain_batches()
        while _RETRY:
            self.outplanter.retry(_RETRY.pop())
        for tray in self.repo.kelp_trays_awaiting_outplant():
            _hold_for_retry(self.outplanter.outplant(tray))
        self._rinse_due_beds()
        if self.counts["flushes"] % 2 == 1:
            self.desk.compact_culture_log()
        with contextlib.closing(LightLog(self.desk.tank, self.repo)) as light:
            light.note(self.repo.last_light() or "dark")
        if self.repo.kelp_spore_release_window():
            self.desk.open_spore_release()

    def _produce_batches(self) -> None:
        for line in self.settings.lines:
            self._batches.put(SeedlingBatch(line, self.repo.seedlings_on(line)))

    def _drain_batches(self) -> None:
        while True:
            try:
                batch = self._batches.get(timeout=0)
            except queue.Empty:
                break
            try:
                self.desk.submit_batch(batch.line, batch.seedlings)
            finally:
                self._batches.task_done()

    def _rinse_due_beds(self) -> None:
        due: list[stowage.Row] = []
        self.repo.collect_beds_due_rinse(due)
        for row in due:
            self.desk.rinse_bed(str(row["bed_id"]))
