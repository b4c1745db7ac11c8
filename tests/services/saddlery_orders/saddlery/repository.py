"""The order ledger: saddle orders, leather stock and fittings, over the database and cache."""

from __future__ import annotations

import logging
from typing import TypedDict

import kvbox
import stowage

log = logging.getLogger(__name__)


class SaddleryLedgerError(Exception):
    """The ledger refused a write."""


class OrderRow(TypedDict, total=False):
    order_id: str
    rider: str
    tree_size: str
    thread_colour: str
    promised_on: str


class HideRow(TypedDict, total=False):
    hide_id: str
    tannery: str
    on_hand: int
    reorder_qty: int


class FittingRow(TypedDict):
    fitting_id: str
    horse: str


class SaddleryLedger:
    def __init__(self, db: stowage.AsyncDatabase, cache: kvbox.AsyncCache, region: str) -> None:
        self.db = db
        self.cache = cache
        self.region = region

    async def pending_stitch_orders(self) -> list[OrderRow]:
        rows = await self.db.fetch_all("SELECT order_id, rider, tree_size, promised_on FROM saddle_orders WHERE stage = 'cut'")
        return [OrderRow(order_id=r["order_id"], rider=r["rider"], tree_size=r["tree_size"], promised_on=r["promised_on"]) for r in rows]

    async def low_stock_hides(self) -> list[HideRow]:
        rows = await self.db.fetch_all("SELECT hide_id, tannery FROM leather_stock WHERE on_hand < reorder_at")
        return [HideRow(hide_id=r["hide_id"], tannery=r["tannery"], on_hand=0) for r in rows]

    async def orders_ready_for_collection(self) -> list[OrderRow]:
        rows = await self.db.fetch_all("SELECT order_id, rider FROM saddle_orders WHERE stage = 'finished'")
        return [OrderRow(order_id=r["order_id"], rider=r["rider"]) for r in rows]

    async def todays_fittings(self) -> list[FittingRow]:
        rows = await self.db.fetch_all("SELECT fitting_id, horse FROM fittings WHERE day = current_date")
        return [FittingRow(fitting_id=r["fitting_id"], horse=r["horse"]) for r in rows]

    async def fitting_room_occupied(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM fittings WHERE checked_in AND NOT done") > 0

    async def hide_price_revision(self) -> bool:
        return await self.cache.get(f"saddlery:{self.region}:hide-prices") is not None

    async def mark_stitching(self, order_id: str) -> None:
        try:
            await self.db.execute("UPDATE saddle_orders SET stage = 'stitching' WHERE order_id = $1", order_id)
        except stowage.StowageError as exc:
            raise SaddleryLedgerError(f"order {order_id} not moved to stitching") from exc

    async def record_reorder(self, hide_id: str, quantity: int) -> None:
        try:
            await self.db.execute("INSERT INTO hide_reorders (hide_id, quantity) VALUES ($1, $2)", hide_id, quantity)
        except stowage.StowageError as exc:
            raise SaddleryLedgerError(f"reorder of {hide_id} not recorded") from exc
