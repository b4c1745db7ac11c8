"""Crane controller containers, and the diesel crane the yard drives itself."""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

from .settings import TerminalSettings

log = logging.getLogger(__name__)


class CraneControllerStub:
    def __init__(self, image: str, crane: str) -> None:
        self.image = image
        self.crane = crane

    def post(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_crane_controller(settings: TerminalSettings, crane: str) -> CraneControllerStub:
    log.info("crane controller %s", crane)
    return CraneControllerStub(settings.controller_image, crane)


class DieselCrane:
    """A mobile crane driven over the yard's own radio link."""

    def __init__(self, call_sign: str) -> None:
        self.call_sign = call_sign
        self.sent: list[str] = []

    def post(self, path: str, **kwargs: Any) -> bool:
        self.sent.append(path)
        return True


class CraneCrew(NamedTuple):
    lead: Any
    relief: Any
    shift: str
