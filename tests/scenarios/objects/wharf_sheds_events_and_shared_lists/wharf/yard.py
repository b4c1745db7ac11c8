"""The shed yard's tick, every minute."""
import asyncio
import logging
import threading

from wharf.boxes import cranes_working, hire_shed_box
from wharf.intake import ManifestDrain

log = logging.getLogger(__name__)


class ShedYard:
    def __init__(self, site, box):
        self.site = site
        self.box = box
        self.arrivals = asyncio.Event()
        self.dock_ready = threading.Event()
        self.pending = []
        self.backlog = []
        self.drain = ManifestDrain(self.backlog)
        site.on_ready(self.dock_ready.set)

    @classmethod
    def from_site(cls, site):
        return cls(site, hire_shed_box())

    def note_cranes(self):
        if cranes_working(self.site):
            self.arrivals.set()
            self.pending.append("/sheds/unload")

    async def tick(self):
        self.note_cranes()
        log.info("%d pending", len(self.pending))
        if self.arrivals.is_set():
            self.arrivals.clear()
            self.box.fetch("/sheds/arrivals")
        for path in self.pending:
            self.box.fetch(path, method="POST")
        self.pending.clear()
        if self.dock_ready.is_set():
            self.box.fetch("/sheds/dock")  # expect: WC001
        if self.backlog:
            self.box.fetch("/sheds/backlog", method="POST")  # expect: WC001
            self.backlog.clear()
