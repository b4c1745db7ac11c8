"""Async generator stages (the data team, 2023): orders in, authorized orders out."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

from .gatebox import GateBox
from .store import GateOrder, LevelReading, ReservoirStore

log = logging.getLogger(__name__)


async def order_source(store: ReservoirStore) -> AsyncIterator[GateOrder]:
    for order in await store.queued_gate_orders():
        yield order


async def dedupe_orders(orders: AsyncIterator[GateOrder]) -> AsyncIterator[GateOrder]:
    seen: set[str] = set()
    async for order in orders:
        if order.order_id in seen:
            continue
        seen.add(order.order_id)
        yield order


async def authorize_orders(orders: AsyncIterator[GateOrder], box: GateBox) -> AsyncIterator[tuple[GateOrder, Any]]:
    async for order in orders:
        reply = await box.fetch(f"/gates/{order.gate}/authorize", method="POST", json={"order": order.order_id})
        yield order, reply


async def smooth_levels(readings: AsyncIterator[LevelReading], window: int) -> AsyncIterator[tuple[LevelReading, float]]:
    recent: list[float] = []
    async for reading in readings:
        recent = (recent + [reading.level_cm])[-window:]
        yield reading, sum(recent) / len(recent)
