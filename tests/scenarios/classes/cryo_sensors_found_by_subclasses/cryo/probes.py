import abc
import logging

from cryo.box import DewarBox, nitrogen_flowing

log = logging.getLogger(__name__)


class Probe(abc.ABC):
    def __init__(self, box: DewarBox, rack: str) -> None:
        self.box = box
        self.rack = rack

    @abc.abstractmethod
    def poll(self) -> str | None: ...


class NeckThermometer(Probe):
    def poll(self) -> str | None:
        self.box.fetch(f"/racks/{self.rack}/neck")  # expect: WC001
        return None


class LevelGauge(Probe):
    def poll(self) -> str | None:
        if nitrogen_flowing():
            self.box.fetch(f"/racks/{self.rack}/level")
            return "filling"
        return None


class SpareNeckThermometer(NeckThermometer):
    """Not a direct subclass of Probe: `Probe.__subclasses__()` does not list it."""

    def poll(self) -> str | None:
        self.box.fetch(f"/racks/{self.rack}/spare")
        return None
