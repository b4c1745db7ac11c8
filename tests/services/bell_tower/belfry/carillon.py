"""The carillon-control container: it drives the clavier, the clock and the shutters."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CarillonBox:
    """The platform's container stub for the carillon controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def tower_name(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_carillon_box(tower: str) -> CarillonBox:
    log.info("carillon box for %s", tower)
    return CarillonBox()
