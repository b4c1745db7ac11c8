"""The shift poller: the site scheduler calls ``tick`` every two minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .repo import QuarryRepository, stacker_calibration_due
from .settings import QuarrySettings
from .units import OfficeGauge, open_quarry_unit

log = logging.getLogger(__name__)


class QuarryShiftPoller:
    def __init__(self, settings: QuarrySettings, repo: QuarryRepository, cache: kvbox.Cache) -> None:
        self.settings = settings
        self.repo = repo
        self.cache = cache
        self.crushers: list[Any] = []
        self.seismographs: set[Any] = set()
        self.belts: dict[str, Any] = {}
        self.drills_by_bench: dict[str, list[Any]] = {}
        self.dust_gauges: list[Any] = []

    def commission(self) -> None:
        """Start-up: opens every unit the site has."""
        self.crushers.append(open_quarry_unit(self.settings, "jaw"))
        self.crushers.extend([open_quarry_unit(self.settings, "cone"), open_quarry_unit(self.settings, "impact")])
        self.crushers.insert(0, open_quarry_unit(self.settings, "scalper"))
        self.seismographs.add(open_quarry_unit(self.settings, "seismograph"))
        self.belts.update({"main": open_quarry_unit(self.settings, "main-belt")})
        self.belts["stacker"] = open_quarry_unit(self.settings, "stacker")
        for bench in self.settings.benches:
            self.drills_by_bench.setdefault(bench, []).append(open_quarry_unit(self.settings, f"{bench}-drill"))
        self.dust_gauges.append(OfficeGauge("pm10"))
        self.dust_gauges.extend([OfficeGauge("pm2.5")])

    def tick(self) -> None:
        for crusher in self.crushers:
            crusher.post("/crusher/heartbeat")  # expect: WC001
        for seismograph in self.seismographs:
            seismograph.post("/vibration/sample")  # expect: WC001
        self.belts["main"].post("/belt/speed", json={"tph": 400})  # expect: WC001
        for gauge in self.dust_gauges:
            gauge.post("/dust/read")

        if self.repo.blast_scheduled():
            for drills in self.drills_by_bench.values():
                for drill in drills:
                    drill.post("/drill/arm")

        to_weigh: list[Any] = []
        for load in self.repo.loads_to_weigh():
            to_weigh.append(self.belts["stacker"])
            log.info("load %s from %s", load.ticket, load.bench)
        for scale in to_weigh:
            scale.post("/scale/weigh")

        if stacker_calibration_due(self.cache):
            self.belts.setdefault("stacker", OfficeGauge("stacker")).post("/scale/calibrate")  # expect: WC002
