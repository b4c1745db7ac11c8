"""The resurfacer's machine container and the process-wide client that talks to it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class ZamboniError(Exception):
    """The machine could not be reached or refused a command."""


class ZamboniBox:
    """The platform's container stub for the resurfacer's on-board controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def serial_number(self) -> str:
        raise NotImplementedError("bound by the platform")


def lease_zamboni_box(rink: str, timeout: float) -> ZamboniBox:
    log.info("leasing the resurfacer box for %s (timeout %.0fs)", rink, timeout)
    return ZamboniBox()


class ZamboniClient:
    """Commands for the resurfacer; each one is one request to its controller."""

    def __init__(self, box: Any, rink: str) -> None:
        self.box = box
        self.rink = rink

    def report_heartbeat(self) -> None:
        self.box.fetch("/heartbeat", method="PUT", json={"rink": self.rink})

    def preheat_water(self, celsius: float) -> None:
        self.box.fetch("/water/preheat", method="POST", json={"celsius": celsius})

    def flood_lanes(self, lanes: list[str], litres: int) -> None:
        self.box.fetch("/water/flood", method="POST", json={"lanes": lanes, "litres": litres})

    def shave_lane(self, lane: str, depth_mm: float) -> Any:
        return self.box.fetch(f"/lanes/{lane}/shave", method="POST", json={"depth_mm": depth_mm})

    def announce_ice_ready(self) -> None:
        self.box.fetch("/scoreboard/ice-ready", method="POST", json={"rink": self.rink})

    def dump_snow(self, load: int) -> None:
        self.box.fetch("/snow-tank/dump", method="POST", json={"load": load})

    def recalibrate_blade(self, depth_mm: float) -> None:
        self.box.fetch("/blade/calibrate", method="POST", json={"depth_mm": depth_mm})


_rink: str | None = None
_timeout: float = 20.0
_client: ZamboniClient | None = None


def bind_rink(rink: str, timeout: float) -> None:
    """Start-up: remember which rink's machine ``get_client()`` leases; leases nothing yet."""
    global _rink, _timeout
    _rink = rink
    _timeout = timeout


def get_client() -> ZamboniClient:
    global _client
    if _client is None:
        if _rink is None:
            raise ZamboniError("bind_rink() has not run")
        box = lease_zamboni_box(_rink, _timeout)
        log.info("resurfacer %s online", box.serial_number())
        _client = ZamboniClient(box, _rink)
    return _client
