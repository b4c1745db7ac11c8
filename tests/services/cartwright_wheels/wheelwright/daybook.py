"""The shop's daybook: a second handler, dispatching on the command's type by hand."""

from __future__ import annotations

import logging
from typing import Any

from .commands import ReseasonTimber, ShrinkTyre, SweepShavings, TrueSpokes, WheelCommand
from .orders import WheelOrderBook

log = logging.getLogger(__name__)


class DaybookTally:
    """Counts kept across ticks, for the bay report."""

    sweeps_since_report = 0
    entries_written = 0


class ShopDaybook:
    def __init__(self, book: WheelOrderBook, stand: Any, report_every: int) -> None:
        self.book = book
        self.stand = stand
        self.report_every = report_every

    def enter(self, cmd: WheelCommand) -> None:
        DaybookTally.entries_written += 1
        if isinstance(cmd, TrueSpokes):
            self.book.record_trued(cmd.order_id)
        elif isinstance(cmd, ShrinkTyre):
            self.stand.fetch(f"/bays/{cmd.bay}/tyres/log", method="POST", json={"heats": cmd.heats})
        elif isinstance(cmd, ReseasonTimber):
            log.info("rack %s reseasoned", cmd.rack)
        elif isinstance(cmd, SweepShavings):
            DaybookTally.sweeps_since_report += 1
            if DaybookTally.sweeps_since_report >= self.report_every:
                self.stand.fetch(f"/bays/{cmd.bay}/report", method="POST", json={"entries": DaybookTally.entries_written})
                DaybookTally.sweeps_since_report = 0
        else:
            log.warning("no daybook column for %r", cmd)
