"""The reeling-floor overseer: its basin tick runs every ten minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .basins import BasinFloor, CocoonBasin
from .breaks import FilamentBreakCatcher
from .frames import thread_reeling_frame
from .ledger import CocoonLedger
from .sampling import FilamentSampler
from .settings import FilatureSettings

log = logging.getLogger(__name__)


class ReelingFloorOverseer:
    def __init__(self, settings: FilatureSettings, frame: Any, ledger: CocoonLedger,
                 floor: BasinFloor, sampler: FilamentSampler) -> None:
        self.settings = settings
        self.frame = frame
        self.ledger = ledger
        self.floor = floor
        self.sampler = sampler

    def basin_tick(self) -> None:
        def simmer(reason: str) -> None:
            log.info("simmering the basins: %s", reason)
            self.frame.fetch("/steam/simmer", method="POST", json={"reason": reason})

        def reheat(basin: CocoonBasin) -> None:
            log.info("reheating basin %d to %d C", basin.number, self.settings.reheat_celsius)
            self.frame.fetch(f"/basins/{basin.number}/reheat", method="POST", json={"celsius": self.settings.reheat_celsius})

        lots = self.ledger.cocoon_lots_arrived()
        for lot in lots:
            self.floor.load(lot)
        heaviest = max(lots, key=lambda lot: lot.weight_grams, default=None)
        if heaviest is not None:
            self.frame.fetch(f"/lots/{heaviest.lot_id}/grade", method="POST")

        if self.ledger.frame_threads_snagged():
            for basin in self.floor.basins:
                reheat(basin)

        for basin in self.floor.basins:
            if basin.cocoons:
                log.debug("basin %d holds %d cocoons", basin.number, basin.cocoons)
                break
        else:
            simmer("no cocoons in any basin")

        if sum(b.cocoons for b in self.floor.basins) > 0:
            self.frame.fetch("/reels/start", method="POST")

        self.sample_filament()

    def sample_filament(self) -> None:
        basin = self.floor.next_for_sampling()
        with FilamentBreakCatcher(self.frame, self.ledger) as catcher:
            self.sampler.draw_sample(basin)
            log.info("sample from basin %d held", basin.number)
        if catcher.caught is not None:
            self.frame.fetch(f"/basins/{catcher.caught.basin_number}/retie", method="POST")


def open_filature(mill: str) -> ReelingFloorOverseer:
    settings = FilatureSettings.from_env(mill)
    frame = thread_reeling_frame(settings.mill)
    ledger = CocoonLedger(stowage.connect(settings.dsn))
    cache = kvbox.Cache(settings.cache_url)
    floor = BasinFloor.build(settings.basin_count)
    log.info("filature %s open with %d basins", mill, len(floor.basins))
    return ReelingFloorOverseer(settings, frame, ledger, floor, FilamentSampler(frame, cache))
