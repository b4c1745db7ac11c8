"""The cocoon basins on the reeling floor and the lots that fill them."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CocoonLot:
    lot_id: str
    basin_number: int
    cocoons: int
    weight_grams: int


@dataclass
class CocoonBasin:
    number: int
    cocoons: int = 0
    lots: list[str] = field(default_factory=list)


@dataclass
class BasinFloor:
    basins: list[CocoonBasin]
    sample_cursor: int = 0

    @classmethod
    def build(cls, count: int) -> BasinFloor:
        return cls([CocoonBasin(number) for number in range(1, count + 1)])

    def load(self, lot: CocoonLot) -> None:
        for basin in self.basins:
            if basin.number == lot.basin_number:
                basin.cocoons += lot.cocoons
                basin.lots.append(lot.lot_id)
                log.info("lot %s into basin %d", lot.lot_id, basin.number)
                return
        log.warning("lot %s names unknown basin %d", lot.lot_id, lot.basin_number)

    def next_for_sampling(self) -> CocoonBasin:
        basin = self.basins[self.sample_cursor % len(self.basins)]
        self.sample_cursor += 1
        return basin
