"""Commands the keeper queues, and the invoker that runs them each tick."""

from __future__ import annotations

import logging
from typing import Any

from .values import BellNote, ChimeRequest, RingerShift, TowerEvent, WeatherReading

log = logging.getLogger(__name__)


class TowerCommand:
    """A unit of work for the carillon; two commands are equal when they do the same thing."""

    def __init__(self, box: Any) -> None:
        self.box = box

    @property
    def key(self) -> tuple[object, ...]:
        return ()

    def execute(self) -> None:
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TowerCommand):
            return NotImplemented
        return type(self) is type(other) and self.key == other.key

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.key))

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self.key!r}"


class PlayChimeCommand(TowerCommand):
    def __init__(self, box: Any, frame: Any, request: ChimeRequest, note: BellNote) -> None:
        super().__init__(box)
        self.frame = frame
        self.request = request
        self.note = note

    @property
    def key(self) -> tuple[object, ...]:
        return (self.request.request_id,)

    def execute(self) -> None:
        self.box.fetch("/clavier/play", method="POST", json={"tune": self.request.tune})
        self.frame.notify(TowerEvent("struck", bell=str(self.note)))


class ServiceClapperCommand(TowerCommand):
    def __init__(self, box: Any, bell: str) -> None:
        super().__init__(box)
        self.bell = bell

    @property
    def key(self) -> tuple[object, ...]:
        return (self.bell,)

    def execute(self) -> None:
        self.box.fetch(f"/clappers/{self.bell}/service", method="POST")


class InspectClapperCommand(TowerCommand):
    def __init__(self, box: Any, bells: list[str]) -> None:
        super().__init__(box)
        self.bells = bells

    @property
    def key(self) -> tuple[object, ...]:
        return tuple(self.bells)

    def execute(self) -> None:
        self.box.fetch("/clappers/inspect", method="POST", json={"bells": self.bells})


class CloseShuttersCommand(TowerCommand):
    def __init__(self, box: Any, reading: WeatherReading) -> None:
        super().__init__(box)
        self.reading = reading

    def execute(self) -> None:
        self.box.fetch("/shutters/close", method="POST", json={"beaufort": self.reading.beaufort})


class RingJubileePealCommand(TowerCommand):
    def __init__(self, box: Any, frame: Any, shifts: list[RingerShift]) -> None:
        super().__init__(box)
        self.frame = frame
        self.shifts = shifts

    def execute(self) -> None:
        self.box.fetch("/peal/jubilee", method="POST", json={"ringers": [s.ringer for s in self.shifts]})
        for order, shift in enumerate(self.shifts, start=1):
            log.info("jubilee change %d: %s on %s", order, shift.ringer, shift.bell)
            self.frame.notify(TowerEvent("struck", bell=shift.bell))


class BellInvoker:
    """Holds the queued commands; the keeper runs them at the end of each tick."""

    def __init__(self) -> None:
        self._queue: list[TowerCommand] = []

    def submit(self, command: TowerCommand) -> None:
        if command in self._queue:
            log.debug("already queued: %r", command)
            return
        self._queue.append(command)

    def run_pending(self) -> int:
        batch, self._queue = self._queue, []
        for n, command in enumerate(batch, start=1):
            log.info("command %d of %d: %r", n, len(batch), command)
            command.execute()
        return len(batch)
