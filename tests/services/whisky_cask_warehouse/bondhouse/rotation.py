"""The floor services: the rack surveyor and the cask rotator."""

from __future__ import annotations

import itertools
import logging

from .angels import angels_share
from .ledger import BondLedger, CaskDue, RackRow
from .settings import BondSettings
from .shifts import WarehouseShift

log = logging.getLogger(__name__)


class RackSurveyor:
    def __init__(self, ledger: BondLedger, settings: BondSettings) -> None:
        self.ledger = ledger
        self.settings = settings

    def dunnage_racks(self) -> list[RackRow]:
        rows = self.ledger.iter_rack_rows(self.settings.floors, self.settings.casks_per_rack)
        return list(itertools.takewhile(lambda row: row.floor < self.settings.dunnage_floors, rows))

    def survey(self, shift: WarehouseShift) -> int:
        racks = self.dunnage_racks()
        for rack in racks:
            shift.box.fetch(f"/racks/{rack.rack_id}/survey", method="POST", json={"floor": rack.floor})
            expected = angels_share(rack.floor, rack.casks)
            lost = self.ledger.gauged_loss(rack.rack_id)
            if lost > expected * self.settings.leak_tolerance:
                log.warning("rack %s lost %s l against an angel's share of %.2f l", rack.rack_id, lost, expected)
                shift.box.fetch(f"/racks/{rack.rack_id}/leak-alerts", method="POST", json={"litres": lost})
        return len(racks)


class CaskRotator:
    def __init__(self, ledger: BondLedger, slot_map: dict[str, str]) -> None:
        self.ledger = ledger
        self._slot_map = slot_map

    def bay_of(self, shift: WarehouseShift, cask: CaskDue) -> int:
        try:
            slot = self._slot_map[cask.cask_id]
            return int(slot.rsplit("-", 1)[1])
        except (KeyError, ValueError):
            log.info("cask %s has no readable slot; locating it on the floor", cask.cask_id)
            located = shift.box.fetch(f"/casks/{cask.cask_id}/locate", method="GET")
            return int(located.json().get("bay", 0))

    def rotate_due(self, shift: WarehouseShift) -> None:
        for cask in self.ledger.casks_due_for_rotation():
            bay = self.bay_of(shift, cask)
            shift.box.fetch(f"/casks/{cask.cask_id}/rotate", method="POST", json={"bay": bay, "spirit": cask.spirit})
            shift.rotated += 1
