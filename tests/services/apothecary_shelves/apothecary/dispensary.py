"""Jobs at the dispensing counter: refills and the shelf census."""

from __future__ import annotations

from typing import Any, ClassVar

from .jobs import ShelfJob


class RefillJob(ShelfJob, kind="refill"):
    settings_fields: ClassVar[tuple[str, ...]] = ("refill_window_days",)

    def __init__(self, *, refill_window_days: int, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.window_days = refill_window_days

    async def run(self, **request: Any) -> int:
        refilled = 0
        for rx in await self.ledger.refills_due(self.window_days):
            reply = await self.box.fetch(f"/refills/{rx.rx_id}", method="POST", json={"patient": rx.patient}, **request)
            if reply.ok:
                await self.ledger.record_refill(rx)
                refilled += 1
        self.log.info("%d refills sent", refilled)
        return refilled


class StockTakeJob(ShelfJob, kind="stocktake"):
    async def run(self, **request: Any) -> int:
        if not await self.ledger.census_stale():
            return 0
        await self.box.fetch("/shelves/census", method="PUT", json={"branch": self.ledger.branch}, **request)
        self.log.info("census pushed")
        return 1


class DecantJob(ShelfJob, kind="decant", manual=True):
    """Run by hand from the back office, never from the round."""

    async def run(self, **request: Any) -> int:
        await self.box.fetch("/decant/all", method="POST", **request)
        return 1
