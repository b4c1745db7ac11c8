"""Slip billing: invoice every stay nobody has billed yet."""

from __future__ import annotations

import logging

import stowage

from ..boxes import PumpHouseBox
from ..errors import SlipBillingRejected
from ..ledger import DockLedger, SlipStay
from .base import FuelDockJob

log = logging.getLogger(__name__)


class SlipStayBillingJob(FuelDockJob):
    """``should_run()`` fetches the unbilled stays and keeps them for ``execute()``."""

    name = "slip-billing"

    def __init__(self, box: PumpHouseBox, ledger: DockLedger) -> None:
        super().__init__(box, ledger)
        self._pending: list[SlipStay] = []

    def should_run(self) -> bool:
        self._pending = self.ledger.unbilled_slip_stays()
        return len(self._pending) > 0

    def execute(self) -> None:
        for stay in self._pending:
            self.box.fetch(f"/slips/{stay.slip_id}/invoices", method="POST", json={"vessel": stay.vessel})
            try:
                self.ledger.mark_billed(stay.stay_id)
            except stowage.StowageError as exc:
                raise SlipBillingRejected(self.name, f"stay {stay.stay_id} invoiced but not marked") from exc
        log.info("billed %d slip stays", len(self._pending))
        self._pending = []
