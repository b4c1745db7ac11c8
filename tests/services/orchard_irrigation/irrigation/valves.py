"""The valve controller container and the sessions around it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class ValveBox:
    """The platform's container stub for the valve controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def engage_valve_box(block: str) -> ValveBox:
    log.info("engaging the valve box of %s", block)
    return ValveBox()


class ValveSession:
    def __init__(self, box: Any, litres: int) -> None:
        self.box = box
        self.litres = litres

    def __enter__(self) -> ValveSession:
        self.box.fetch("/sessions", method="POST")
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.box.fetch("/sessions/current", method="DELETE")

    def open_zone(self, zone: str) -> str:
        self.box.fetch(f"/zones/{zone}/open", method="POST", json={"litres": self.litres})
        return zone


class FlushWindow:
    def __init__(self, box: Any) -> None:
        self.box = box
        self.flushed: list[str] = []

    def __enter__(self) -> FlushWindow:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self.flushed:
            self.box.fetch("/lines/flush", method="POST", json={"valves": self.flushed})
