"""A shift on the warehouse floor, held open on the bond ledger box."""

from __future__ import annotations

import logging
from types import TracebackType

from .boxes import BondLedgerBox

log = logging.getLogger(__name__)


class WarehouseShift:
    """Opens a shift on the ledger box on enter; on exit, reports the rotations the shift counted."""

    def __init__(self, box: BondLedgerBox, crew: str) -> None:
        self.box = box
        self.crew = crew
        self.rotated = 0

    def __enter__(self) -> WarehouseShift:
        self.box.fetch("/shifts", method="POST", json={"crew": self.crew})
        log.info("shift open for crew %s", self.crew)
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is not None:
            log.warning("shift for crew %s ended early: %s", self.crew, exc)
        if self.rotated:
            self.box.fetch("/shifts/current/rotations", method="PUT", json={"rotated": self.rotated})
        log.info("shift closed for crew %s", self.crew)
