import logging
from dataclasses import dataclass

from chandlery.wick import candles_to_dip

log = logging.getLogger(__name__)
DUTIES = {}
_dipped: list["DipSlip"] = []


@dataclass(frozen=True)
class DipSlip:
    candle: str


def duty(name):
    def register(fn):
        DUTIES[name] = fn
        return fn
    return register


def note_dipped(candle: str) -> None:
    _dipped.append(DipSlip(candle))


@duty("dip")
def dip_candles() -> None:
    for candle in candles_to_dip():
        log.info("dipping %s", candle)
        note_dipped(candle)


def take_slips() -> list[DipSlip]:
    slips = list(_dipped)
    _dipped.clear()
    return slips
