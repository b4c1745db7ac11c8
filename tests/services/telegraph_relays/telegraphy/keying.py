"""The relay-key container and the line object that holds it."""

from __future__ import annotations

import logging
from typing import Any

from .settings import RelaySettings

log = logging.getLogger(__name__)


class RelayKeyBox:
    """The platform's stub for the relay-key container (scales to zero when idle)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def string_relay_wire(pool: str) -> RelayKeyBox:
    log.info("stringing the relay wire to key pool %s", pool)
    return RelayKeyBox()


class RelayLine:
    """Every signal the station puts on the wire goes through here."""

    def __init__(self, box: RelayKeyBox, station: str) -> None:
        self.box = box
        self.station = station

    @classmethod
    def from_settings(cls, settings: RelaySettings) -> RelayLine:
        return cls(string_relay_wire(settings.wire_pool), settings.station)

    def read_battery_voltage(self) -> Any:
        return self.box.fetch(f"/stations/{self.station}/battery", method="GET")

    def retime_repeaters(self, count: int) -> None:
        log.info("retiming %d repeaters at %s", count, self.station)
        self.box.fetch("/repeaters/retime", method="POST", json={"station": self.station, "count": count})

    def test_line(self) -> None:
        log.info("testing the line out of %s", self.station)
        self.box.fetch(f"/stations/{self.station}/line-check", method="POST")

    def reroute(self, cable: str) -> None:
        log.warning("rerouting %s onto cable %s", self.station, cable)
        self.box.set_env_var("TELEGRAPH_CABLE", cable)
