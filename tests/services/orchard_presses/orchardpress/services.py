"""What the press house asks of its bay: tallies, hauls, bungs, lanterns."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property

from .clients import PressBayBox, press_box_for
from .repository import CiderBarrel

log = logging.getLogger(__name__)


@dataclass
class HaulLog:
    tonnes: list[int] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.tonnes)


class PressBayService:
    def __init__(self, bay: str) -> None:
        self.bay = bay
        self.hauls = HaulLog()

    @cached_property
    def box(self) -> PressBayBox:
        return press_box_for(self.bay)

    def report_tally(self, litres: int) -> None:
        self.box.post("/tally/juice", {"litres": litres})

    def haul_pomace(self, tonnes: int) -> None:
        self.box.post("/pomace/haul", {"tonnes": tonnes})
        self.hauls.tonnes.append(tonnes)

    def flush_haul_log(self) -> None:
        self.box.post("/pomace/log", {"tonnes": list(self.hauls.tonnes)})
        self.hauls = HaulLog()

    def bung_barrel(self, barrel: CiderBarrel) -> None:
        self.box.post(f"/barrels/{barrel.barrel_id}/bung", {"variety": barrel.variety})

    def light_frost_lanterns(self, rows: int) -> None:
        reply = self.box.post("/frost/lanterns", {"rows": rows})
        if not reply.ok:
            log.warning("frost lanterns did not answer on %s", self.box.bay_label())
