"""Filament breaks: the error a snapped sample raises and the catcher that absorbs it."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

import stowage

from .ledger import CocoonLedger

log = logging.getLogger(__name__)


class BrokenFilamentError(Exception):
    def __init__(self, basin_number: int, reason: str) -> None:
        super().__init__(f"basin {basin_number}: {reason}")
        self.basin_number = basin_number
        self.reason = reason


class FilamentBreakCatcher:
    """Absorbs a filament break raised in the block: posts it to the frame and the ledger."""

    def __init__(self, frame: Any, ledger: CocoonLedger) -> None:
        self.frame = frame
        self.ledger = ledger
        self.caught: BrokenFilamentError | None = None

    def __enter__(self) -> FilamentBreakCatcher:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> bool:
        if not isinstance(exc, BrokenFilamentError):
            return False
        log.warning("filament broke in basin %d: %s", exc.basin_number, exc.reason)
        self.frame.fetch("/breaks", method="POST", json={"basin": exc.basin_number})
        try:
            self.ledger.record_break(exc.basin_number, exc.reason)
        except stowage.StowageError:
            log.warning("break in basin %d not recorded", exc.basin_number)
        self.caught = exc
        return True
