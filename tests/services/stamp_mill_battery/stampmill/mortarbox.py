"""The mortar box: the platform's container that drives the battery's stamps."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class MortarBox:
    """Bound by the platform; every method is a request to the container."""

    def record_drops(self, mill_id: str, drops: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def book_relining(self, mill_id: str, stamps: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def dress_plates(self, mill_id: str, mercury_grams: int) -> Any:
        raise NotImplementedError("bound by the platform")

    def submit_assay(self, sample_id: str, tonnage: float) -> Any:
        raise NotImplementedError("bound by the platform")

    def sweep_vanners(self, mill_id: str) -> Any:
        raise NotImplementedError("bound by the platform")


def raise_mortar_box(mill_id: str) -> MortarBox:
    log.info("mortar box for %s", mill_id)
    return MortarBox()
