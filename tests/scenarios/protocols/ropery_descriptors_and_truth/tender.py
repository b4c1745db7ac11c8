"""The ropery's tick."""
import logging

from coils import CoilBatch, Splicer
from links import PortBox, Quiet, hire_rope_box

log = logging.getLogger(__name__)


class RoperyTender:
    walk_box = PortBox("walk")
    label = Quiet()

    def __init__(self):
        self.ports = {"walk": hire_rope_box("walk")}
        self.splicer = Splicer()

    def tick(self):
        self.walk_box.fetch("/walk/tension")  # expect: WC001
        log.debug("port %s, %s", type(self).walk_box.name, self.label)
        batch = CoilBatch(self.splicer.coils_to_splice())
        if batch:
            self.walk_box.fetch("/splices", method="POST")
        for coil in batch:
            self.walk_box.fetch(f"/splices/{coil}", method="POST")
        if len(batch) > 3:
            self.walk_box.fetch("/splices/bulk", method="POST")
