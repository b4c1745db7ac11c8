import contextlib
import logging

from herbarium.box import PressBox

log = logging.getLogger(__name__)


class MountingWork:
    def __init__(self) -> None:
        self.sheets: list[str] = []

    def add(self, sheet: str) -> None:
        self.sheets.append(sheet)


class SheetStore:
    def __init__(self, box: PressBox) -> None:
        self.box = box

    @contextlib.contextmanager
    def session(self):
        work = MountingWork()
        yield work
        if work.sheets:
            self.box.fetch("/sheets/flush", sheets=work.sheets)  # expect: WC001
        log.debug("session closed")
