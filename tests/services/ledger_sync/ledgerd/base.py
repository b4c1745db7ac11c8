"""What every room shares: the box it talks to, and how it talks to it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class BoxClientMixin:
    """Sends requests to the room's ledger box; the room stores the box in ``_box``."""

    _box: Any

    async def _send(self, path: str, **payload: Any) -> bool:
        resp = await self._box.fetch(path, method="POST", json=payload)
        if not resp.ok:
            log.warning("ledger box answered %s to %s", resp.status, path)
        return resp.ok


class RoomBase:
    name = "room"

    def __init__(self) -> None:
        self._box: Any = None
        self._announced = False

    async def announce(self) -> None:
        """Tells the box once which room it serves."""
        if self._announced:
            return
        await self._box.fetch(f"/rooms/{self.name}/hello", method="PUT")
        self._announced = True

    def box_summary(self) -> str:
        return "detached" if self._box is None else str(self._box.describe())
