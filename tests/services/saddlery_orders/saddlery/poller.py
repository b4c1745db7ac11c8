"""The background poller: every ten minutes it walks the workshop floor."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .app import SaddleryApp
    from .repository import SaddleryLedger

log = logging.getLogger(__name__)


@dataclass
class WorkshopTally:
    ticks: int = 0
    stitched: int = 0
    reordered: int = 0


class SaddleOrderPoller:
    def __init__(self, app: SaddleryApp) -> None:
        self.app = app
        self.tally = WorkshopTally()

    async def poll_workshop(self) -> None:
        client = self.app["client"]
        ledger: SaddleryLedger = self.app["ledger"]
        self.tally.ticks += 1
        await client.fetch("/bench/heartbeat", method="PUT", json={"tick": self.tally.ticks})
        queue = self.app["stitching"]
        orders = queue.by_promise(await ledger.pending_stitch_orders())
        self.tally.stitched += await queue.stitch_batch(client, orders)
        self.tally.reordered += await self.app["stock"].reorder_low_hides(client)
        if await ledger.fitting_room_occupied():
            await self.app["fittings"].confirm_today(client)
        if await ledger.hide_price_revision():
            await self.app["stock"].publish_price_sheet(client)
        notifier = self.app.get("notifier")
        if notifier is not None:
            await notifier.announce_ready()
        log.info("tick %d: %s", self.tally.ticks, self.tally)
