"""The lantern-control container, and the context a strategy runs in."""

from __future__ import annotations

import functools
import logging
from typing import Any

from .ledger import LampLedger

log = logging.getLogger(__name__)


class LanternBox:
    """The platform's stub for the lantern-control container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def lantern_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def kindle_lantern_box(station: str, lamp: str) -> LanternBox:
    log.info("kindling the lantern box of %s/%s", station, lamp)
    return LanternBox()


class LampContext:
    """What a strategy needs for one lamp: its ledger and (lazily) its lantern box."""

    def __init__(self, station: str, lamp: str, ledger: LampLedger) -> None:
        self.station = station
        self.lamp = lamp
        self.ledger = ledger

    @functools.cached_property
    def box(self) -> LanternBox:
        return kindle_lantern_box(self.station, self.lamp)

    @staticmethod
    def lamp_path(kind: str, detail: str = "") -> str:
        return f"/lamp/{kind}/{detail}" if detail else f"/lamp/{kind}"
