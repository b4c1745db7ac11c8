"""The mosaic press: the container that composes and prints the panels."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class MosaicPress:
    """The platform's container stub (bound at run time)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def press_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def hire_mosaic_press(image: str) -> MosaicPress:
    log.info("hiring a mosaic press (%s)", image)
    return MosaicPress()
