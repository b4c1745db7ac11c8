import logging

from . import feeding  # noqa: F401  (its chores register themselves)
from .box import Hub
from .chores import ChoreMeta

log = logging.getLogger(__name__)


class Ledger:
    def vet_visit_due(self):
        return True


class KennelWorker:
    def __init__(self):
        self.ledger = Ledger()
        self.mode = "quiet"

    def tick(self):
        if self.ledger.vet_visit_due():
            self.mode = "vet"
        ChoreMeta.table["feed"]().run()
        if self.mode == "vet":
            Hub().box.call("/vet/prep", method="POST")  # expect: WC002
            self.mode = "quiet"
