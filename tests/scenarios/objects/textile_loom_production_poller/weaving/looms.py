"""Loom controller containers."""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from .settings import ShedSettings

log = logging.getLogger(__name__)


class LoomControllerStub:
    def __init__(self, image: str, unit: str) -> None:
        self.image = image
        self.unit = unit

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_loom_controller(settings: ShedSettings, unit: str) -> LoomControllerStub:
    log.debug("loom controller %s", unit)
    return LoomControllerStub(settings.controller_image, unit)


class LoomHeads(NamedTuple):
    name: str
    warp: Any
    weft: Any
