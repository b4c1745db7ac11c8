"""The stills poll every minute (sync); the warehouse sweep runs every ten (async)."""

from __future__ import annotations

import logging

import kvbox

from .controllers import open_still_controller
from .ledger import BondedLedger, excise_audit_open
from .procedures import (bottling_run, excise_seal, quarantine_on_failure, sampling, spirit_cut, still_run,
                         warehouse_lock)
from .settings import DistillerySettings

log = logging.getLogger(__name__)


class DistilleryPoller:
    def __init__(self, settings: DistillerySettings, ledger: BondedLedger, cache: kvbox.Cache) -> None:
        self.ledger = ledger
        self.cache = cache
        self.wash_still = open_still_controller(settings, "wash-still")
        self.warehouse = open_still_controller(settings, "warehouse-7")

    def tick(self) -> None:
        with still_run(self.wash_still) as still:
            still.post("/run/temperature")  # expect: WC001
            if self.ledger.wash_is_charged():
                with spirit_cut(still) as cut:
                    cut.post("/cut/hearts")
        try:
            with quarantine_on_failure(self.wash_still):
                self.ledger.record_run("wash-still")
        except Exception:
            log.warning("run not recorded")
        with sampling("wash-still") as sample:
            sample.notes.append("routine")

    async def sweep_warehouse(self) -> None:
        async with warehouse_lock(self.warehouse) as warehouse:
            await warehouse.fetch("/inventory/count")  # expect: WC001
        for cask in self.ledger.casks_ready_to_bottle():
            async with bottling_run(self.warehouse, cask.cask_id):
                log.info("bottling %s from row %s", cask.cask_id, cask.warehouse_row)
        if excise_audit_open(self.cache):
            async with excise_seal(self.warehouse) as sealed:
                await sealed.fetch("/excise/report")  # expect: WC002
