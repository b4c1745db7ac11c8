"""The cave-climate box, as the platform binds it, and the cave's exceptions."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CaveFault(Exception):
    """The cave box refused or failed a command."""


class CaveTimeout(CaveFault):
    """The cave box did not answer in time; worth another try."""


class CaveBusy(CaveFault):
    """Someone else holds the cave equipment this round."""


class NothingToTurn(Exception):
    """No wheel on this shelf is due for turning."""


class CaveClimateBox:
    """The platform's stub for the cave-climate container (probes, sprayers, turning arm, vents)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def cave_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_cave_box(cave: str) -> CaveClimateBox:
    log.info("commissioning the climate box of %s", cave)
    return CaveClimateBox()


def require_ok(reply: Any, what: str) -> Any:
    if not reply.ok:
        raise CaveTimeout(f"cave box timed out: {what}")
    return reply
