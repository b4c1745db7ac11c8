"""Priming stages: closures over the box, made once at start-up."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from .pumpbox import CisternPumpBox
from .repo import PrimingRequest

log = logging.getLogger(__name__)

Stage = Callable[[PrimingRequest], Awaitable[Any]]


def make_stage(box: CisternPumpBox, action: str) -> Stage:
    async def stage(request: PrimingRequest) -> Any:
        log.info("%s %s on %s", action, request.pump_id, box.cistern_tag())
        return await box.afetch(f"/pumps/{request.pump_id}/{action}", method="POST", json={"by": request.requested_by})

    return stage
