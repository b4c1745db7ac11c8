"""The lane gantry container, as the platform binds it, and its errors."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class GantryFault(Exception):
    """The gantry refused or failed a command."""


class GantryBusy(GantryFault):
    """The gantry answered with a busy status; worth another try."""


class TollGantryBox:
    """The platform's stub for the lane gantry container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def gantry_tag(self) -> str:
        raise NotImplementedError("bound by the platform")


def hoist_toll_gantry_box(bridge: str) -> TollGantryBox:
    log.info("binding the lane gantry box of %s", bridge)
    return TollGantryBox()


def expect_ok(reply: Any, what: str) -> Any:
    if not reply.ok:
        raise GantryBusy(f"gantry busy: {what}")
    return reply
