"""The kiln-controller container and how the yard couples to it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class KilnControllerBox:
    """The platform's stub for the kiln-controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def kiln_controller_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def couple_kiln_controller_box(yard: str) -> KilnControllerBox:
    log.info("coupling to the kiln controller of %s", yard)
    return KilnControllerBox()
