"""Enforcement: which blocks the wardens should walk."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class EnforcementSweep:
    def __init__(self, gateway: Any, blocks: tuple[str, ...]) -> None:
        self.gateway = gateway
        self.blocks = blocks

    async def sweep(self, busy: bool) -> None:
        for block in self.blocks:
            await self._sweep_block(block, busy)

    async def _sweep_block(self, block: str, busy: bool) -> None:
        await self._notify_wardens(block, busy)

    async def _notify_wardens(self, block: str, busy: bool) -> None:
        if not busy:
            log.debug("no sessions: wardens stay off %s", block)
            return
        await self.gateway.fetch(f"/blocks/{block}/wardens", method="POST")


class DailyDigest:
    """Sends the daily digest when the fleet was busy; it is told once, when built."""

    def __init__(self, gateway: Any, busy: bool) -> None:
        self.gateway = gateway
        self.busy = busy

    async def maybe_send(self) -> None:
        if self.busy:
            await self.gateway.fetch("/digest/daily", method="POST")
