"""The bond warehouse keeper: its shift tick runs every half hour."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import BondLedgerBox, summon_bond_ledger_box
from .ledger import BondLedger
from .rotation import CaskRotator, RackSurveyor
from .settings import BondSettings
from .shifts import WarehouseShift

log = logging.getLogger(__name__)


class BondWarehouseKeeper:
    def __init__(self, settings: BondSettings, ledger: BondLedger, box: BondLedgerBox,
                 surveyor: RackSurveyor, rotator: CaskRotator) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.surveyor = surveyor
        self.rotator = rotator

    def shift_tick(self) -> None:
        with WarehouseShift(self.box, f"{self.settings.warehouse}-floor") as shift:
            surveyed = self.surveyor.survey(shift)
            log.info("surveyed %d dunnage racks", surveyed)
            self.rotator.rotate_due(shift)
            if self.ledger.bond_has_casks_in_transit():
                shift.box.fetch("/transit/reconcile", method="POST")
        if self.ledger.excise_gauging_requested():
            self.box.fetch("/excise/gauging", method="POST", json={"warehouse": self.settings.warehouse})


def open_bond_warehouse(warehouse: str) -> BondWarehouseKeeper:
    settings = BondSettings.from_env(warehouse)
    ledger = BondLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.warehouse)
    box = summon_bond_ledger_box(settings.warehouse)
    rotator = CaskRotator(ledger, ledger.load_slot_map())
    log.info("bond warehouse %s open", warehouse)
    return BondWarehouseKeeper(settings, ledger, box, RackSurveyor(ledger, settings), rotator)
