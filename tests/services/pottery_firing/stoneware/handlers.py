"""Publishers, reporters and notifiers the floor dispatches to (the 2024 rewrite)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from functools import singledispatch, singledispatchmethod

from .kilnbox import StonewareKilnBox
from .records import ConeReading, DoorReading, FiringSummary, IdleSummary

log = logging.getLogger(__name__)


@singledispatch
def publish_reading(reading: object, box: StonewareKilnBox) -> None:
    log.debug("no publisher for %r", reading)


@publish_reading.register
def _publish_door(reading: DoorReading, box: StonewareKilnBox) -> None:
    box.set_env_var("KILN_DOOR", "closed" if reading.closed else "open")


@publish_reading.register(ConeReading)
def _publish_cone(reading, box):  # type: ignore[no-untyped-def]
    box.fetch(f"/kilns/{reading.kiln}/cones", method="PUT", json={"cone": reading.cone})


class FiringReporter:
    def __init__(self, box: StonewareKilnBox) -> None:
        self.box = box
        self.reports = 0

    @singledispatchmethod
    def report(self, summary: object) -> None:
        raise TypeError(f"cannot report {type(summary).__name__}")

    @report.register
    def _(self, summary: FiringSummary) -> None:
        self.reports += 1
        self.box.fetch(f"/kilns/{summary.kiln}/report", method="POST", json={"batches": summary.batches})

    @report.register
    def _(self, summary: IdleSummary) -> None:
        log.info("kiln %s idle; zone alarms %s", summary.kiln, {z.value: n for z, n in summary.zones.items()})


class LogNotifier:
    def __init__(self, kiln: str) -> None:
        self.kiln = kiln

    def notify(self, message: str) -> None:
        log.info("[%s] %s", self.kiln, message)


class BoxNotifier:
    def __init__(self, box: StonewareKilnBox) -> None:
        self.box = box

    def notify(self, message: str) -> None:
        self.box.fetch("/studio/notices", method="POST", json={"message": message})


class CoolingHeartbeat:
    """A status callback: the kiln is cold, say so on the controller's dashboard."""

    def __init__(self, box: StonewareKilnBox) -> None:
        self.box = box

    def __call__(self, details: dict[str, object]) -> None:
        self.box.fetch("/kilns/heartbeat", method="PUT", json=details)


@contextmanager
def audit_session(box: StonewareKilnBox, kiln: str) -> Iterator[StonewareKilnBox]:
    log.info("pyrometric audit of %s opens", kiln)
    try:
        yield box
    finally:
        log.info("pyrometric audit of %s closes", kiln)


@contextmanager
def firing_lock(kiln: str) -> Iterator[None]:
    log.debug("firing lock on %s taken", kiln)
    yield
    log.debug("firing lock on %s released", kiln)
