"""The declaration stages; the poller runs each by name."""

from __future__ import annotations

import logging
from typing import Any

from .declarations import DeclarationBook, HoldSummary

log = logging.getLogger(__name__)

STAGES = ("lodge", "clear", "release")


class StageRunner:
    def __init__(self, book: DeclarationBook, box: Any) -> None:
        self.book = book
        self.box = box

    def run_lodge(self, open_now: bool) -> None:
        first = next(self.book.unlodged_filings(), None)
        if first is None:
            return
        self.box.fetch(f"/filings/{first.filing_id}/lodge", method="POST")

    def run_clear(self, open_now: bool) -> None:
        self._clear_lodged(open_now)

    def _clear_lodged(self, open_now: bool) -> None:
        if open_now:
            self.box.fetch("/declarations/clear", method="POST")

    def run_release(self, open_now: bool) -> None:
        summary = HoldSummary(held=len(self.book.held_consignments()), open=open_now)
        match summary:
            case HoldSummary(held=0):
                log.debug("nothing held")
            case HoldSummary(open=True, held=held):
                self.box.fetch("/consignments/release", method="POST", json={"count": held})
