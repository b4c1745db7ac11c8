"""The fuel price board on the dock."""

from __future__ import annotations

import logging

from .base import FuelDockJob

log = logging.getLogger(__name__)


class PriceBoardJob(FuelDockJob):
    """Repaints the price board when the harbourmaster posts new prices."""

    name = "price-board"

    def should_run(self) -> bool:
        return self.ledger.fuel_price_board_change()

    def execute(self) -> None:
        super().execute()
        cents = self.ledger.posted_price_cents()
        self.box.fetch("/price-board", method="PUT", json={"cents": cents})
        log.info("price board now shows %d cents", cents)
