"""The millstone rig: the container that turns the stones, sifts and sacks."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class MillstoneRig:
    """The platform's container stub (bound at run time)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def rig_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_millstone_rig(mill: str, image: str) -> MillstoneRig:
    log.info("commissioning the millstone rig of %s (%s)", mill, image)
    return MillstoneRig()
