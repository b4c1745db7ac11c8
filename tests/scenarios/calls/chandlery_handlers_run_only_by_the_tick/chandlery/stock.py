import functools
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)


class TallowVat:
    melts = 0


def melt_tallow() -> None:
    TallowVat.melts += 1


@dataclass(frozen=True)
class Beeswax:
    comb: str


@dataclass(frozen=True)
class Tallow:
    barrel: str


class Ledger:
    def __init__(self) -> None:
        self.waxed = 0

    @functools.singledispatchmethod
    def enter(self, lot: object) -> None:
        log.warning("no entry for %r", lot)

    @enter.register
    def _wax(self, lot: Beeswax) -> None:
        self.waxed += 1

    @enter.register
    def _tallow(self, lot: Tallow) -> None:
        log.info("tallow barrel %s", lot.barrel)
