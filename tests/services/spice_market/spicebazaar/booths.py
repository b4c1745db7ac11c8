"""Stall booths: the platform's containers, one hired per stall at start-up."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SpiceBoothBox:
    """The platform's container stub for one booth of the market."""

    def __init__(self, booth: str) -> None:
        self.booth = booth

    def post(self, path: str, body: Any = None) -> Any:
        raise NotImplementedError("bound by the platform")

    def booth_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def hire_spice_booth_box(booth: str) -> SpiceBoothBox:
    log.info("hiring the booth box %s", booth)
    return SpiceBoothBox(booth)
