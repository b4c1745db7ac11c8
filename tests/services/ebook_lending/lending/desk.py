"""The circulation desk: what the room asks of the primary box."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class CirculationDesk:
    def __init__(self, box: Any, branch: str) -> None:
        self.box = box
        self.branch = branch

    async def checkpoint(self, active: bool) -> None:
        if not active:
            return
        await self.box.fetch(f"/branches/{self.branch}/checkpoint", method="POST")
