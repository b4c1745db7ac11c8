"""A thread worker: batches queued only on busy ticks, drained every tick; grades queued by
a timer thread as well, which runs whatever the tick does."""
import logging
import queue
import threading

from beds import Beds
from tank import moor_oyster_tank

log = logging.getLogger(__name__)

_REGRADE = []


def _hold_for_regrade(beds):
    _REGRADE.extend(beds)


class OysterWorker:
    def __init__(self):
        self.beds = Beds()
        self.tank = moor_oyster_tank()
        self._spat = queue.Queue()
        self._grades = queue.Queue()
        self._stop = threading.Event()
        self._timer = threading.Timer(60, self._queue_grading)

    def _queue_spat(self):
        for bed, count in self.beds.spat_counts():
            self._spat.put((bed, count))

    def _queue_grading(self):
        self._grades.put("weekly")

    def tick(self):
        if self._stop.is_set():
            return
        if self.beds.beds_spawning():
            self._queue_spat()
            _hold_for_regrade(["north"])
        while True:
            try:
                bed, count = self._spat.get_nowait()
            except queue.Empty:
                break
            self.tank.fetch(f"/spat/{bed}", method="POST", json={"count": count})
        while _REGRADE:
            self.tank.fetch(f"/regrade/{_REGRADE.pop()}", method="POST")
        while not self._grades.empty():
            self.tank.fetch(f"/grades/{self._grades.get_nowait()}", method="POST")  # expect: WC001
        log.debug("tick done")
