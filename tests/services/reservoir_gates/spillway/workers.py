"""The gate worker: a base class from 2018 and two mixins bolted on since."""

from __future__ import annotations

import logging
import time
from typing import Any

from .gatebox import GateBox
from .pipeline import authorize_orders, dedupe_orders, order_source
from .store import ReservoirStore

log = logging.getLogger(__name__)


class BaseGateWorker:
    def __init__(self, *, box: GateBox, store: ReservoirStore) -> None:
        self.box = box
        self.store = store

    async def cycle(self) -> int:
        opened = 0
        async for order, _reply in authorize_orders(dedupe_orders(order_source(self.store)), self.box):
            log.info("gate %s authorized for order %s", order.gate, order.order_id)
            opened += 1
        return opened


class PacingMixin:
    def __init__(self, *args: Any, min_gap: float, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.min_gap = min_gap
        self._last_cycle: float | None = None

    async def cycle(self) -> int:
        if self._last_cycle is not None and time.monotonic() - self._last_cycle < self.min_gap:
            log.debug("paced: skipping this cycle")
            return 0
        self._last_cycle = time.monotonic()
        return await super().cycle()  # type: ignore[misc]


class AuditMixin:
    box: GateBox

    async def cycle(self) -> int:
        opened = await super().cycle()  # type: ignore[misc]
        if opened:
            await self.box.fetch("/audit/gates", method="POST", json={"opened": opened})
        return opened


class SpillwayWorker(AuditMixin, PacingMixin, BaseGateWorker):
    pass
