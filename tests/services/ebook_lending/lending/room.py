"""A library branch's lending room; the platform fires its alarm every ten minutes."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import Any

import kvbox
import stowage

from .boxes import BoxPair, open_lending_box
from .desk import CirculationDesk
from .ledger import LoanLedger
from .settings import BranchSettings
from .tasks import LENDING_TASKS

log = logging.getLogger(__name__)


class LendingRoom:
    def __init__(self, settings: BranchSettings, ledger: LoanLedger, box_pair: BoxPair) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box_pair = box_pair
        self._active = False
        self.dispatch: dict[str, Callable[[], Awaitable[None]]] = {
            "loans": self.sync_loans,
            "holds": self.notify_holds,
        }

    @cached_property
    def circulation(self) -> CirculationDesk:
        return CirculationDesk(self.box_pair.primary, self.settings.branch)

    async def alarm(self) -> None:
        self._active = await self.ledger.loans_active()
        await self.dispatch["loans"]()
        await self.dispatch["holds"]()
        for name, task in LENDING_TASKS.items():
            log.debug("task %s", name)
            await task(self)
        primary, replica = self.box_pair
        await self.mirror(replica, self._active)
        await self.circulation.checkpoint(self._active)
        await self.reindex()

    async def sync_loans(self) -> None:
        if self._active:
            await self.box_pair.primary.fetch("/loans/sync", method="POST")

    async def notify_holds(self) -> None:
        for hold in await self.ledger.overdue_holds():
            await self.box_pair.primary.fetch(f"/holds/{hold.hold_id}/notify", method="POST")

    async def mirror(self, replica: Any, active: bool) -> None:
        if active:
            await replica.fetch("/replica/mirror", method="POST")

    async def reindex(self) -> None:
        if self._active and await self.ledger.catalog_reindex_due():
            await self.box_pair.primary.fetch("/catalog/reindex", method="POST")


async def open_branch(branch: str) -> LendingRoom:
    settings = BranchSettings.for_branch(branch)
    ledger = LoanLedger(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url))
    pair = BoxPair(open_lending_box(branch, "primary"), open_lending_box(branch, "replica"))
    log.info("branch %s on %s", branch, pair.primary.branch_code())
    return LendingRoom(settings, ledger, pair)
