"""The dome projector container, as the platform hands it to us."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class DomeProjectorBox:
    """The platform's stub for the dome projector container."""

    async def command(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def ignite_dome_projector(theatre: str) -> DomeProjectorBox:
    log.info("igniting the dome projector for %s", theatre)
    return DomeProjectorBox()
