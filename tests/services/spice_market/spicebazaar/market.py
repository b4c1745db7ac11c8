"""The bazaar warden: ``market_tick()`` every ``interval_s`` seconds walks the stalls."""

from __future__ import annotations

import logging
import time

from .context import StallContext
from .ledger import MarketLedgerError
from .registry import StallRegistry

log = logging.getLogger(__name__)


class BazaarWarden:
    def __init__(self, registry: StallRegistry, ctx: StallContext) -> None:
        self.registry = registry
        self.ctx = ctx
        self._open = True

    def market_tick(self) -> None:
        self.ctx.tick_no += 1
        tended: list[str] = []
        for name in self.registry:
            chore = self.registry[name]
            try:
                chore(self.ctx)
            except MarketLedgerError as exc:
                log.warning("stall %s: ledger write failed (%s); next tick retries", name, exc)
                continue
            tended.append(name)
        self.ctx.booths.report_tick(self.ctx.tick_no, tended)

    def close(self) -> None:
        self._open = False

    def keep_market(self) -> None:
        while self._open:
            started = time.monotonic()
            self.market_tick()
            time.sleep(max(0.0, self.ctx.settings.interval_s - (time.monotonic() - started)))
