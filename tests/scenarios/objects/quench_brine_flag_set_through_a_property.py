# [tool.wakecheck]
# entry = ["*.QuenchWarden.tick"]
# container-factories = ["*.rent_quench_box"]
# active-guards = ["*.hearth_lit"]
# rare = { "*.changeover_due" = "only on brine changeover day" }

"""Flags set through property setters: under the guard (never on idle) and under a rare
predicate; the getter reads what the setter stored. A lazy property hands out the box."""
import logging

log = logging.getLogger(__name__)


class QuenchBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def rent_quench_box() -> QuenchBox:
    return QuenchBox()


def hearth_lit() -> bool:
    raise NotImplementedError


def changeover_due() -> bool:
    raise NotImplementedError


class QuenchTank:
    def __init__(self) -> None:
        self._brine = False
        self._agitate = False
        self._box: QuenchBox | None = None

    @property
    def box(self) -> QuenchBox:
        if self._box is None:
            self._box = rent_quench_box()
        return self._box

    @box.setter
    def box(self, value: QuenchBox) -> None:
        self._box = value

    @property
    def brine(self) -> bool:
        return self._brine

    @brine.setter
    def brine(self, value: bool) -> None:
        log.info("brine mode %s", value)
        self._brine = value

    @property
    def agitate(self) -> bool:
        return self._agitate

    @agitate.setter
    def agitate(self, value: bool) -> None:
        self._agitate = value

    def cycle(self) -> None:
        if changeover_due():
            self.brine = True
        if hearth_lit():
            self.agitate = True
        if self.brine:
            self.box.fetch("/brine/refresh")  # expect: WC002
            self.brine = False
        if self.agitate:
            self.box.fetch("/agitate")
        self.box.fetch("/temperature")  # expect: WC001


class QuenchWarden:
    def __init__(self) -> None:
        self.tank = QuenchTank()

    def tick(self) -> None:
        self.tank.cycle()
