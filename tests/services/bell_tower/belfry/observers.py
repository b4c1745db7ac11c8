"""The tower's subjects (clock, bell frame) and the observers attached to them."""

from __future__ import annotations

import logging
from typing import Any, Protocol

from .commands import BellInvoker, CloseShuttersCommand, InspectClapperCommand
from .ledger import ChimeLedger
from .values import CALM, TowerEvent

log = logging.getLogger(__name__)


class TowerObserver(Protocol):
    def update(self, event: TowerEvent) -> None: ...


class TowerSubject:
    def __init__(self, name: str) -> None:
        self.name = name
        self._observers: list[TowerObserver] = []

    def attach(self, observer: TowerObserver) -> None:
        self._observers.append(observer)
        log.debug("%s: attached %r", self, observer)

    def notify(self, event: TowerEvent) -> None:
        for o in self._observers:
            o.update(event)

    def __str__(self) -> str:
        return f"{type(self).__name__}({self.name})"


class TowerClock(TowerSubject):
    """Announces each quarter hour."""


class BellFrame(TowerSubject):
    """Announces each bell struck."""


class ClockDriftObserver:
    def __init__(self, box: Any) -> None:
        self.box = box

    def update(self, event: TowerEvent) -> None:
        if event.kind == "quarter":
            self.box.fetch("/clock/sync", method="PUT", json={"quarter": event.tick})

    def __repr__(self) -> str:
        return "ClockDriftObserver()"


class StrikeLogObserver:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def update(self, event: TowerEvent) -> None:
        if event.kind == "struck":
            self.lines.append(event.bell)
            log.info("struck %s", event.bell)

    def __repr__(self) -> str:
        return f"StrikeLogObserver({len(self.lines)} lines)"


class ClapperWearObserver:
    """Remembers the bells struck since the last quarter; asks for an inspection on the next one."""

    def __init__(self, box: Any, invoker: BellInvoker) -> None:
        self.box = box
        self.invoker = invoker
        self._struck: set[str] = set()

    def update(self, event: TowerEvent) -> None:
        if event.kind == "struck":
            self._struck.add(event.bell)
        elif event.kind == "quarter" and self._struck:
            self.invoker.submit(InspectClapperCommand(self.box, sorted(self._struck)))
            self._struck.clear()

    def __repr__(self) -> str:
        return f"ClapperWearObserver({sorted(self._struck)!r})"


class ShutterObserver:
    """Closes the louvre shutters when the wind is up."""

    def __init__(self, box: Any, invoker: BellInvoker, ledger: ChimeLedger) -> None:
        self.box = box
        self.invoker = invoker
        self.ledger = ledger

    def update(self, event: TowerEvent) -> None:
        if event.kind != "quarter":
            return
        reading = self.ledger.weather_reading()
        if reading == CALM:
            return
        log.info("wind at %s: closing the shutters", reading)
        self.invoker.submit(CloseShuttersCommand(self.box, reading))

    def __repr__(self) -> str:
        return "ShutterObserver()"
