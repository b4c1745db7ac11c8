"""The sail crew: each hand watches or works one part of the mill.

The gale watch and the wind vane raise ``threading.Event`` flags that the reefer and
the trimmer test; the reefer and the trimmer hand each sail to the round's thread pool.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import Executor

from .boxes import SailHouseLink
from .repository import MillLedger, WindReading

log = logging.getLogger(__name__)


class GaleWatch:
    def __init__(self, reef_signal: threading.Event) -> None:
        self.reef_signal = reef_signal

    def survey(self, ledger: MillLedger) -> None:
        if ledger.gale_warning_hoisted():
            log.warning("gale warning for %s: calling for reefs", ledger.mill)
            self.reef_signal.set()


class SailReefer:
    def __init__(self, link: SailHouseLink, sails: tuple[str, ...], reef_signal: threading.Event) -> None:
        self.link = link
        self.sails = sails
        self.reef_signal = reef_signal

    def reef_if_signalled(self, executor: Executor) -> list[str]:
        if not self.reef_signal.is_set():
            return []

        def reef(sail: str) -> str:
            self.link.box.fetch(SailHouseLink.sail_path(sail, "reef"), method="POST", json={"points": 2})
            return sail

        reefed = list(executor.map(reef, self.sails))
        self.reef_signal.clear()
        return reefed


class WindVane:
    def __init__(self, fresh_wind: threading.Event) -> None:
        self.fresh_wind = fresh_wind

    def take_readings(self, ledger: MillLedger) -> list[WindReading]:
        readings = ledger.recent_wind_readings()
        if readings:
            self.fresh_wind.set()
        else:
            self.fresh_wind.clear()
        return readings


class SailTrimmer:
    def __init__(self, link: SailHouseLink, sails: tuple[str, ...], fresh_wind: threading.Event) -> None:
        self.link = link
        self.sails = sails
        self.fresh_wind = fresh_wind

    def trim_if_fresh(self, executor: Executor) -> int:
        if not self.fresh_wind.is_set():
            return 0

        def trim(sail: str) -> int:
            self.link.box.fetch(SailHouseLink.sail_path(sail, "trim"), method="POST", json={"mode": "into-wind"})
            return 1

        return sum(executor.map(trim, self.sails))


class HopperWarden:
    def __init__(self, link: SailHouseLink, ledger: MillLedger) -> None:
        self.link = link
        self.ledger = ledger

    def relieve(self) -> bool:
        if not self.ledger.hoppers_brimming():
            return False
        self.link.box.fetch("/hoppers/sluice", method="POST", json={"open_pct": 40})
        return True
