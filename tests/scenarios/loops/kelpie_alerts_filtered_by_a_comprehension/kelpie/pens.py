import enum
import logging
from dataclasses import dataclass

from kelpie.box import PenBox, flock_moving, shearing_day

log = logging.getLogger(__name__)


class Urgency(enum.IntEnum):
    NOTE = 10
    WARN = 20
    URGENT = 30


@dataclass(frozen=True)
class Alert:
    pen: str
    urgency: Urgency


class Pen:
    def __init__(self, name: str, box: PenBox) -> None:
        self.name = name
        self.box = box

    def poll(self) -> Alert | None:
        self.box.fetch(f"/pens/{self.name}/gate")  # expect: WC001
        if flock_moving():
            return Alert(self.name, Urgency.URGENT)
        if shearing_day():
            return Alert(self.name, Urgency.NOTE)
        return None
