import logging

from herbarium.box import open_press_box, sheets_to_mount
from herbarium.session import SheetStore

log = logging.getLogger(__name__)


class MountingDesk:
    def __init__(self) -> None:
        self.box = open_press_box()
        self.store = SheetStore(self.box)

    def labels(self):
        yield "desk-lamp"
        yield from self._mount_labels()

    def _mount_labels(self):
        for sheet in sheets_to_mount():
            yield f"mount:{sheet}"

    def desk_round(self) -> None:
        with self.store.session() as work:
            work.add("desk-log")
        for label in self.labels():
            if label.startswith("mount:"):
                self.box.fetch("/labels/print", label=label)
