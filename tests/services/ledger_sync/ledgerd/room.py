"""The per-tenant ledger room: its alarm runs once a minute."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .base import BoxClientMixin, RoomBase
from .boxes import open_ledger_box
from .keys import ledger_key_rotating, next_signing_key
from .reporting import SettlementReporter
from .settings import LedgerSettings
from .store import LedgerStore

log = logging.getLogger(__name__)


class LedgerRoom(RoomBase, BoxClientMixin):
    name = "ledger"

    def __init__(self, settings: LedgerSettings, store: LedgerStore, reporter: SettlementReporter,
                 cache: kvbox.AsyncCache) -> None:
        super().__init__()
        self.settings = settings
        self.store = store
        self.reporter = reporter
        self.cache = cache
        self._scratch: Any = None

    async def attach(self) -> None:
        """Called once at start-up: opens the room's boxes and hands the primary to the reporter."""
        box = open_ledger_box(self.settings)
        self._box = box
        self.reporter.box = box
        self._scratch = open_ledger_box(self.settings, role="scratch")
        log.info("attached %s", self.box_summary())

    async def alarm(self) -> None:
        self._scratch = None  # scratch space lives for one tick at most
        await self.announce()
        await self.heartbeat()
        if await self.store.has_unsettled_batches():
            self._scratch = open_ledger_box(self.settings, role="scratch")
            await self.reporter.flush()
            await self._settle_in_scratch()
        await self._reconcile_pending()
        await self._rotate_key_if_needed()
        await self._release_scratch()

    async def heartbeat(self) -> None:
        await self._send("/heartbeat", room=self.name)

    async def _settle_in_scratch(self) -> None:
        await self._scratch.fetch("/settle", method="POST")

    async def _reconcile_pending(self) -> None:
        for rec in await self.store.pending_reconciliations():
            if await self._send(f"/reconcile/{rec.batch_id}", account=rec.account):
                await self.store.mark_reconciled(rec.batch_id)

    async def _rotate_key_if_needed(self) -> None:
        if not await ledger_key_rotating(self.cache):
            return
        key = await next_signing_key(self.cache)
        await self._box.set_env_var("LEDGER_SIGNING_KEY", key)

    async def _release_scratch(self) -> None:
        if self._scratch is not None:
            await self._scratch.destroy()
            self._scratch = None
