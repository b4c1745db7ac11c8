"""The keeper's worker thread: one ``tick()`` every ``interval_s`` seconds."""

from __future__ import annotations

import collections
import contextlib
import functools
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import queuebus

from .desk import ScaleDesk
from .repository import HiveKeepError, HiveRepository, NectarWeighing
from .settings import HiveKeepSettings

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingPush:
    kind: str
    target: str


class HiveKeeperWorker:
    def __init__(
        self,
        settings: HiveKeepSettings,
        repo: HiveRepository,
        desk: ScaleDesk,
        reports: queuebus.Subscriber,
    ) -> None:
        self.settings = settings
        self.repo = repo
        self.desk = desk
        self.reports = reports
        self.ticks = 0
        self._stop = threading.Event()
        self._hive_opened = threading.Event()
        self._inbox: queue.Queue[NectarWeighing] = queue.Queue()
        self._pending: collections.deque[PendingPush] = collections.deque()
        self._handlers: dict[str, Callable[[str], Any]] = {
            "heartbeat": functools.partial(desk.push_heartbeat, source="tick"),
            "ack": functools.partial(desk.ack_report, channel=settings.report_topic),
            "inspection": functools.partial(desk.open_inspection_session, reason="report"),
        }
        self._thread: threading.Thread | None = None

    # -- thread plumbing (production) ---------------------------------------

    def start(self) -> threading.Thread:
        self._thread = threading.Thread(target=self._run, name=f"hivekeep-{self.settings.yard}", daemon=True)
        self._thread.start()
        return self._thread

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        logger.info("hive keeper for %s every %ss", self.settings.yard, self.settings.interval_s)
        while not self._stop.is_set():
            try:
                self.tick()
            except HiveKeepError:
                logger.exception("tick %d failed", self.ticks)
            self._stop.wait(self.settings.interval_s)

    # -- handlers other code calls --------------------------------------------

    def on_inspection_report(self, hive_id: str) -> None:
        self._pending.append(PendingPush("ack", hive_id))
        if self.repo.hives_open_for_inspection():
            self._pending.append(PendingPush("inspection", hive_id))
            self._hive_opened.set()

    # -- the periodic entry ---------------------------------------------------

    def tick(self) -> None:
        if self._stop.is_set():
            return
        self.ticks += 1
        logger.info("tick %d for %s", self.ticks, self.settings.yard)
        if self._hive_opened.is_set():
            self._hive_opened.clear()
            self.desk.tare_all()
        self._poll_reports()
        self._queue_weighings()
        self._drain_inbox()
        self._pending.append(PendingPush("heartbeat", self.settings.yard))
        self._drain_pending()
        self._resync_stale_hives()
        self.desk.log_firmware()
        if self.repo.swarm_season_opened():
            self.desk.open_swarm_watch()

    def _poll_reports(self) -> None:
        for message in self.reports.poll(max_messages=self.settings.report_batch):
            self.on_inspection_report(str(message.body.get("hive_id", "unknown")))
            message.ack()

    def _queue_weighings(self) -> None:
        for weighing in self.repo.unlogged_nectar_weighings():
            self._inbox.put(weighing)

    def _drain_inbox(self) -> None:
        while True:
            try:
                weighing = self._inbox.get_nowait()
            except queue.Empty:
                break
            self.desk.record_weighing(weighing)
            self._inbox.task_done()

    def _drain_pending(self) -> None:
        while self._pending:
            item = self._pending.popleft()
            handler = self._handlers.get(item.kind)
            if handler is None:
                logger.warning("no handler for %s", item.kind)
                continue
            handler(item.target)

    def _resync_stale_hives(self) -> None:
        with contextlib.closing(self.repo.cursor()) as cur:
            cur.execute("SELECT hive_id FROM hives WHERE synced_at < now() - interval '1 day'")
            stale = [row["hive_id"] for row in cur.fetchall()]
        for hive_id in stale:
            self.desk.resync_hive(hive_id)
