"""The pump-control container, as the platform binds it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CisternPumpBox:
    """The platform's stub for the pump-control container (blocking and async calls)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def afetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def cistern_tag(self) -> str:
        raise NotImplementedError("bound by the platform")


def prime_cistern_box(station: str) -> CisternPumpBox:
    log.info("binding the pump-control box of station %s", station)
    return CisternPumpBox()
