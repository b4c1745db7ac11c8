"""The floor's phase handlers: one ``handle_<phase>`` coroutine per phase."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from .store import WaveStore

log = logging.getLogger(__name__)

PHASES = ("restock", "sweep", "wave")


@dataclass
class PhaseHandlers:
    box: Any
    store: WaveStore
    floor: str
    handled: dict[str, int] = field(default_factory=dict)

    def _count(self, phase: str) -> None:
        self.handled[phase] = self.handled.get(phase, 0) + 1

    async def handle_restock(self) -> None:
        for request in await self.store.restock_requests():
            await self.box.fetch(f"/restock/{request.location}", method="POST", json={"id": request.request_id})
            if not await self.store.mark_restock_sent(request.request_id):
                break
        self._count("restock")

    async def handle_sweep(self) -> None:
        shorts = await self.store.short_picks()
        for short in shorts:
            await self.box.fetch(f"/orders/{short.order_id}/short", method="POST", json={"sku": short.sku})
        self._count("sweep")

    async def handle_wave(self) -> None:
        if not await self.store.floor_has_open_waves():
            log.debug("no open waves on %s", self.floor)
            return
        await self.box.fetch("/waves/optimise", method="POST")
        self._count("wave")

    async def handle_calibrate(self) -> None:
        if await self.store.floor_has_open_waves():
            await self.box.fetch("/scanners/calibrate", method="POST")
