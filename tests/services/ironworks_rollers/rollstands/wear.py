"""Roll wear: worn rolls reported by the roll shop are queued for regrinding."""

from __future__ import annotations

import logging

import stowage

from .floor import MillFloor, RegrindOrder

log = logging.getLogger(__name__)


class RollWearMixin:
    floor: MillFloor

    def on_tick(self) -> None:
        super().on_tick()  # type: ignore[misc]
        for report in self.floor.repo.worn_roll_reports():
            log.info("roll %s on %s worn by %d µm", report.roll_id, report.stand, report.wear_microns)
            self.floor.regrind_orders.append(RegrindOrder(report.roll_id, report.stand))
        self._drain_regrinds()

    def _drain_regrinds(self) -> None:
        while self.floor.regrind_orders:
            order = self.floor.regrind_orders.pop(0)
            self.floor.link.regrind(order.roll_id, order.stand)
            try:
                self.floor.repo.mark_regrind_queued(order.roll_id)
            except stowage.StowageError:
                log.warning("regrind of %s not recorded; the roll shop will report it again", order.roll_id)
