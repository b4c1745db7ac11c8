# [tool.wakecheck]
# entry = ["*.SiloWorker.tick"]
# container-factories = ["*.rent_silo_box"]
# empty-on-idle = { "*.grain_deliveries" = "no grain delivered" }

"""Drain loops that stop when the queue, deque or list raises: on an idle tick nothing after the take runs."""
import collections
import logging
import queue

log = logging.getLogger(__name__)


class SiloBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the silo container")


def rent_silo_box():
    return SiloBox()


class SiloWorker:
    def __init__(self, ledger):
        self.ledger = ledger
        self.box = rent_silo_box()
        self.inbox = queue.Queue()
        self.pending = collections.deque()
        self.weighed = []

    def tick(self):
        for delivery in self.ledger.grain_deliveries():
            self.inbox.put(delivery)
            self.pending.append(delivery)
            self.weighed.append(delivery)
        while True:
            try:
                delivery = self.inbox.get_nowait()
            except queue.Empty:
                break
            self.box.fetch(f"/bins/{delivery}", method="POST")
        while True:
            try:
                delivery = self.pending.popleft()
            except IndexError:
                break
            self.box.fetch(f"/moisture/{delivery}")
        try:
            last = self.weighed.pop()
            self.box.fetch(f"/weights/{last}")
        except IndexError:
            log.info("nothing weighed this tick")
            self.box.fetch("/weights/none")  # expect: WC001
