"""A session on one deck (or the whole hall), aborted when the work inside fails."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from .zones import OvenZone

log = logging.getLogger(__name__)


class DeckSession:
    def __init__(self, box: Any, zone: OvenZone, purpose: str) -> None:
        self.box = box
        self.zone = zone
        self.purpose = purpose

    async def __aenter__(self) -> DeckSession:
        log.debug("session on %r in %s for %s", self.zone, self.box.hall_name(), self.purpose)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        if exc_type is not None:
            log.warning("aborting %s on %r: %s", self.purpose, self.zone, exc)
            await self.box.fetch(f"{self.zone.path}/abort", method="POST", json={"purpose": self.purpose})
        return False

    async def heartbeat(self, round_no: int) -> None:
        await self.box.fetch("/hall/heartbeat", method="PUT", json={"round": round_no})

    async def load(self, batch_id: str, loaves: int) -> None:
        await self.box.fetch(f"{self.zone.path}/load", method="POST", json={"batch": batch_id, "loaves": loaves})
