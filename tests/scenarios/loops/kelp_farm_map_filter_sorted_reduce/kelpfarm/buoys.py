"""Buoy controller containers, one per long line."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .settings import KelpLeaseSettings

log = logging.getLogger(__name__)


class BuoyControllerStub:
    def __init__(self, image: str, line: str) -> None:
        self.image = image
        self.line = line

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_buoy_controller(settings: KelpLeaseSettings, line: str) -> BuoyControllerStub:
    log.debug("buoy controller for %s", line)
    return BuoyControllerStub(settings.buoy_image, line)


@dataclass
class LongLine:
    name: str
    buoy: Any
    depth_m: int = 4


def line_strain(line: LongLine) -> bool:
    resp = line.buoy.post("/strain")  # expect: WC001
    return not resp.ok
