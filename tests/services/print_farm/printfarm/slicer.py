"""The slicer container that drives the printers."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SlicerBox:
    """The platform's container stub."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def borrow_slicer_box(bay: str) -> SlicerBox:
    log.info("borrowing a slicer box for bay %s", bay)
    return SlicerBox()
