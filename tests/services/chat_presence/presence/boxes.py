from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class PresenceBox:
    """The platform's container stub for the presence engine."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def bind_presence_box(room_id: str) -> PresenceBox:
    log.info("presence box for %s", room_id)
    return PresenceBox()
