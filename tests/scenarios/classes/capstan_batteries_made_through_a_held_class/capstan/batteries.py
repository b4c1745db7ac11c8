import logging
import tomllib

from capstan.box import CapstanBox, hawser_inspection_due

log = logging.getLogger(__name__)

SETTINGS = tomllib.loads("""
[capstan]
kind = "winch"
mirror_to_harbour = false
""")


class CapstanBattery:
    def __init__(self, box: CapstanBox, mirror: bool) -> None:
        self.box = box
        self.mirror = mirror

    @classmethod
    def create(cls, kind: str, box: CapstanBox) -> "CapstanBattery":
        for sub in cls.__subclasses__():
            if sub.__name__.lower().startswith(kind):
                return sub(box, SETTINGS["capstan"]["mirror_to_harbour"])
        raise LookupError(kind)

    def haul_tick(self) -> None:
        self.box.fetch("/capstan/turns")  # expect: WC001
        if hawser_inspection_due():
            self.box.fetch("/hawsers/inspect")  # expect: WC002
        if self.mirror:
            self.box.fetch("/harbour/mirror")


class WinchBattery(CapstanBattery):
    pass


class WindlassBattery(CapstanBattery):
    pass
