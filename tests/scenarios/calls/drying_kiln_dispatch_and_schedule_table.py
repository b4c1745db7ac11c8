# [tool.wakecheck]
# entry = ["*.KilnBeat.tick"]
# container-factories = ["*.open_kiln_box"]

"""A `functools.singledispatch` handler with a default that does nothing, over items of several
types; and a schedule table whose entries may leave out a key (`entry.get("enabled", True)`)."""
import logging
from dataclasses import dataclass
from functools import singledispatch

log = logging.getLogger(__name__)


class KilnBox:
    def fetch(self, path, method="GET"):
        raise NotImplementedError("talks to the kiln container")


def open_kiln_box():
    return KilnBox()


@dataclass
class FanReversal:
    chamber: str


@dataclass
class StickerCheck:
    rows: int


@singledispatch
def handle(item, box):
    log.debug("nothing to do for %r", item)


@handle.register
def _(item: FanReversal, box):
    box.fetch(f"/chambers/{item.chamber}/fans", method="POST")  # expect: WC001


def sweep(box):
    box.fetch("/sweep", method="POST")  # expect: WC001


SCHEDULE = {"sweep-kilns": {"task": "sweep"}, "sweep-at-night": {"task": "sweep", "enabled": False}}
TASKS = {"sweep": sweep}


class KilnBeat:
    def __init__(self):
        self.box = open_kiln_box()

    def tick(self):
        for item in [FanReversal("k1"), StickerCheck(0)]:
            handle(item, self.box)
        for name, entry in SCHEDULE.items():
            if not entry.get("enabled", True):
                log.debug("%s is disabled", name)
                continue
            TASKS[entry["task"]](self.box)
