"""Settlement reports, pushed to the ledger box."""

from __future__ import annotations

import logging
from typing import Any

from .store import LedgerStore

log = logging.getLogger(__name__)


class SettlementReporter:
    def __init__(self, store: LedgerStore) -> None:
        self.store = store
        self.box: Any = None  # set when the room attaches

    async def flush(self) -> int:
        totals = await self.store.unsettled_totals()
        if not totals:
            return 0
        await self.box.fetch("/reports/settlement", method="POST", json=[dict(t) for t in totals])
        return len(totals)
