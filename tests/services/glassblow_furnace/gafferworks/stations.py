"""Work stations, registered by their metaclass; the foreman services every one each tick."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from .furnace import FurnaceLink
from .ledger import GlassLedger

log = logging.getLogger(__name__)


class StationMeta(type):
    roster: ClassVar[dict[str, type]] = {}

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any]) -> StationMeta:
        cls = super().__new__(mcls, name, bases, namespace)
        key = namespace.get("station_key")
        if key:
            StationMeta.roster[key] = cls
        return cls


class Station(metaclass=StationMeta):
    station_key = ""

    def __init__(self, ledger: GlassLedger, link: FurnaceLink) -> None:
        self.ledger = ledger
        self.link = link

    def service(self) -> None:
        log.debug("station %s has nothing to do", self.station_key)


class MarverStation(Station):
    station_key = "marver"

    def service(self) -> None:
        self.link.box.fetch("/marver/cool", method="POST")


class BenchStation(Station):
    station_key = "bench"

    def service(self) -> None:
        if not self.ledger.furnace_has_gathers:
            return
        self.link.box.fetch("/bench/shape", method="POST")


class JackStation(Station):
    station_key = "jacks"

    def service(self) -> None:
        if not self.ledger.pot_reline_due():
            return
        self.link.box.fetch("/pot/reline", method="POST")


class SpareStation(Station):
    """Registered by hand in the studio's floor plan, never by the metaclass."""
