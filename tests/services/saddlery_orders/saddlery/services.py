"""The workshop's services: stitching queue, leather stock, fitting desk, customer notices."""

from __future__ import annotations

import logging
from typing import Any

from .repository import FittingRow, HideRow, OrderRow, SaddleryLedger
from .timing import ledger_tolerant, timed

log = logging.getLogger(__name__)


class StitchingQueue:
    """Sends the oldest promised orders to the bench, ``batch`` at a time."""

    def __init__(self, ledger: SaddleryLedger, batch: int) -> None:
        self.ledger = ledger
        self.batch = batch

    @staticmethod
    def by_promise(orders: list[OrderRow]) -> list[OrderRow]:
        return sorted(orders, key=lambda order: order.get("promised_on", "9999-12-31"))

    @timed("stitching")
    @ledger_tolerant(fallback=0)
    async def stitch_batch(self, client: Any, orders: list[OrderRow]) -> int:
        for position, order in enumerate(orders[: self.batch], start=1):
            thread = order.get("thread_colour", "havana")
            await client.fetch(f"/bench/stitch/{order['order_id']}", method="POST", json={"position": position, "thread": thread})
            await self.ledger.mark_stitching(order["order_id"])
        held = orders[self.batch:]
        if held:
            log.info("%d orders held for the next tick", len(held))
        return min(len(orders), self.batch)


class LeatherStockKeeper:
    def __init__(self, ledger: SaddleryLedger, default_reorder: int) -> None:
        self.ledger = ledger
        self.default_reorder = default_reorder

    def reorder_quantity(self, hide: HideRow) -> int:
        return max(hide.get("reorder_qty", self.default_reorder) - hide.get("on_hand", 0), 1)

    @timed("leather")
    @ledger_tolerant(fallback=0)
    async def reorder_low_hides(self, client: Any) -> int:
        hides = await self.ledger.low_stock_hides()
        for hide in hides:
            quantity = self.reorder_quantity(hide)
            await self.ledger.record_reorder(hide["hide_id"], quantity)
            await client.fetch("/leather/reorders", method="POST", json={"hide": hide["hide_id"], "tannery": hide.get("tannery", "any"), "quantity": quantity})
        return len(hides)

    @timed("price-sheet")
    async def publish_price_sheet(self, client: Any) -> None:
        await client.fetch("/leather/prices", method="PUT", json={"region": self.ledger.region})


class FittingDesk:
    def __init__(self, ledger: SaddleryLedger) -> None:
        self.ledger = ledger

    @timed("fitting-slots")
    def number_slots(self, fittings: list[FittingRow]) -> list[tuple[int, FittingRow]]:
        return list(enumerate(fittings, start=1))

    @timed("fittings")
    @ledger_tolerant()
    async def confirm_today(self, client: Any) -> None:
        fittings = await self.ledger.todays_fittings()
        for slot, fitting in self.number_slots(fittings):
            await client.fetch(f"/fittings/{fitting['fitting_id']}/confirm", method="POST", json={"slot": slot})


class CustomerNotifier:
    """Tells riders their saddle is ready; wired only when customer pings are on."""

    def __init__(self, ledger: SaddleryLedger, client: Any) -> None:
        self.ledger = ledger
        self.client = client

    @timed("customer-notices")
    async def announce_ready(self) -> int:
        ready = await self.ledger.orders_ready_for_collection()
        if not ready:
            return 0
        riders = [order.get("rider", "rider") for order in ready[:10]]
        await self.client.fetch("/customers/ready", method="POST", json={"riders": riders})
        return len(riders)
