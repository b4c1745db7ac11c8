"""The lamp-room controller container the platform leases to the lighthouse."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class LensroomBox:
    """The platform's stub for the lamp-room controller container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def lensroom_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def lease_lensroom_box(site: str) -> LensroomBox:
    log.info("leasing the lamp-room controller for %s", site)
    return LensroomBox()
