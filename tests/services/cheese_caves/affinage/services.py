"""Services over the cave box: climate probe, turning arm, rind washer, fumigator, brine pump."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Iterator

import stowage

from .cellar import CaveBusy, CaveClimateBox, CaveFault, CaveTimeout, NothingToTurn, require_ok
from .ledger import RipeningLedger, Wheel
from .retrying import retry
from .settings import HUMIDITY_READ_ATTEMPTS, TURN_ATTEMPTS

log = logging.getLogger(__name__)


@contextlib.contextmanager
def brine_circulation(box: CaveClimateBox, cave: str) -> Iterator[None]:
    box.fetch("/brine/pump", method="POST", json={"cave": cave, "run": True})
    try:
        yield
    finally:
        box.fetch("/brine/pump", method="POST", json={"cave": cave, "run": False})


class ClimateProbe:
    def __init__(self, box: CaveClimateBox, target_humidity: float) -> None:
        self.box = box
        self.target_humidity = target_humidity

    @retry(times=HUMIDITY_READ_ATTEMPTS, on=(CaveTimeout,))
    def read_humidity(self) -> float:
        reply = require_ok(self.box.fetch("/climate/humidity", method="GET"), "humidity read")
        return float(reply.json().get("relative_humidity", self.target_humidity))


class WheelTurner:
    def __init__(self, box: CaveClimateBox, ledger: RipeningLedger) -> None:
        self.box = box
        self.ledger = ledger

    def turn_shelf(self, shelf: str) -> int:
        wheels = self.ledger.wheels_due_turning(shelf)
        if not wheels:
            raise NothingToTurn(shelf)
        for wheel in wheels:
            self._turn(wheel)
            with contextlib.suppress(stowage.StowageError):
                self.ledger.record_turn(wheel)
        return len(wheels)

    @retry(times=TURN_ATTEMPTS, on=(CaveTimeout,))
    def _turn(self, wheel: Wheel) -> None:
        require_ok(self.box.fetch(f"/arm/turn/{wheel.wheel_id}", method="POST", json={"shelf": wheel.shelf}), "turn")
        log.debug("turned %s (%s)", wheel.wheel_id, wheel.make)


class RindWasher:
    """Washes the rinds with morge; at most once every ``wash_every`` seconds."""

    def __init__(self, box: CaveClimateBox, ledger: RipeningLedger, wash_every: float) -> None:
        self.box = box
        self.ledger = ledger
        self.wash_every = wash_every
        self._last_wash = float("-inf")

    def wash_if_due(self) -> bool:
        now = time.monotonic()
        if now - self._last_wash < self.wash_every:
            return False
        if self.ledger.wash_robot_claimed():
            raise CaveBusy("the morning crew holds the washing robot")
        try:
            require_ok(self.box.fetch("/rinds/wash", method="POST", json={"brine": "morge"}), "rind wash")
        except CaveTimeout as exc:
            log.warning("rind wash skipped: %s", exc)
            return False
        else:
            self.ledger.note_wash()
            return True
        finally:
            self._last_wash = now


class Fumigator:
    def __init__(self, box: CaveClimateBox, ledger: RipeningLedger) -> None:
        self.box = box
        self.ledger = ledger

    def fumigate_if_outbreak(self) -> None:
        if not self.ledger.cheese_mite_outbreak():
            return
        log.warning("cheese mites reported in %s; fumigating", self.ledger.cave)
        try:
            require_ok(self.box.fetch("/cave/fumigate", method="POST", json={"agent": "co2"}), "fumigation")
        except CaveFault as exc:
            log.error("fumigation failed: %s", exc)
        else:
            self.ledger.note_fumigation()
        finally:
            self.box.fetch("/cave/vents", method="PUT", json={"open": True})
