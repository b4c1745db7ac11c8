"""The frost watch: every five minutes, spin the zones that are too cold and report the fans."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .boxes import summon_fan_mast_box
from .repository import CanopyRepository
from .services import FanMastDriver
from .settings import load_frost_settings
from .zones import FanState, FanZone, build_fan_zones

log = logging.getLogger(__name__)


class FrostFanWatch:
    def __init__(self, cfg: dict[str, Any], zones: list[FanZone], repo: CanopyRepository, driver: FanMastDriver) -> None:
        self.cfg = cfg
        self.zones = zones
        self.repo = repo
        self.driver = driver
        self.ticks_run = 0

    def frost_tick(self) -> None:
        self.ticks_run += 1
        coldest: dict[str, float] = {}
        for reading in self.repo.cold_canopy_readings():
            if reading.block not in coldest or reading.temp_c < coldest[reading.block]:
                coldest[reading.block] = reading.temp_c
        states: list[FanState] = []
        for zone in self.zones:
            reading_c = coldest.get(zone.block)
            if reading_c is not None and reading_c < zone.threshold_c:
                self.driver.spin_zone(zone, reading_c)
                states.append(FanState(zone.name, "spinning", reading_c))
            else:
                states.append(FanState(zone.name, "standby", reading_c))
        if self.repo.fan_masts_spinning_up():
            self.driver.poll_spin_up()
        self.driver.report_fan_states(states)
        if self.cfg["fans"]["mirror_to_cooperative"]:
            self.driver.mirror_to_cooperative(states)
        if self.repo.orchard_frost_warning_posted():
            self._on_frost_warning()
        self.repo.record_tick(sum(1 for s in states if s.state == "spinning"))
        log.info("frost tick %d: %d zones", self.ticks_run, len(states))

    def _on_frost_warning(self) -> None:
        self.driver.broadcast_frost_warning(self.repo.frost_warning_text())
        if not self.cfg["frost"]["stage_on_warning"]:
            return
        for zone in self.zones:
            if zone.stage_on_warning:
                self.driver.stage_zone(zone)


def start_frost_watch() -> FrostFanWatch:
    cfg = load_frost_settings()
    orchard = cfg["orchard"]
    repo = CanopyRepository(stowage.connect(orchard["dsn"]), kvbox.Cache(orchard["cache_url"]), float(cfg["frost"]["alert_line_c"]))
    driver = FanMastDriver(summon_fan_mast_box(cfg["fans"]["controller_region"]), int(cfg["fans"]["spin_minutes"]))
    log.info("frost watch for %s", orchard["name"])
    return FrostFanWatch(cfg, build_fan_zones(cfg), repo, driver)
