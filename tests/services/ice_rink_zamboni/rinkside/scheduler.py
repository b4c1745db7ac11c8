"""The resurfacing scheduler: its tick runs every ten minutes."""

from __future__ import annotations

import itertools
import logging

from .machine import get_client
from .repository import Lane, RinkRepository
from .settings import ECO, RinkSettings
from .strategies import EcoResurfacing, FullResurfacing, ResurfacingStrategy

log = logging.getLogger(__name__)


class ResurfaceScheduler:
    def __init__(self, settings: RinkSettings, repo: RinkRepository) -> None:
        self.settings = settings
        self.repo = repo
        self.strategy: ResurfacingStrategy
        if settings.mode == ECO:
            self.strategy = EcoResurfacing(settings.water_temp_c)
        else:
            self.strategy = FullResurfacing(settings.water_temp_c)
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        client = get_client()
        client.report_heartbeat()
        requested = [Lane(r.lane, needs_flood=r.flood) for r in self.repo.pending_resurface_requests()]
        session = self.strategy.session_lanes() if self.repo.ice_session_ended() else []
        lanes = list(itertools.chain(session, requested))
        log.info("tick %d: %d lanes to resurface (%s)", self.ticks, len(lanes), self.strategy.label)
        self.strategy.prepare(client, lanes)
        if any(lane.needs_flood for lane in lanes):
            client.flood_lanes([lane.name for lane in lanes if lane.needs_flood], self.settings.flood_litres)
        for lane in lanes:
            reply = client.shave_lane(lane.name, self.settings.blade_depth_mm)
            lane.shaved = reply.ok
        if all(lane.shaved for lane in lanes):
            client.announce_ice_ready()
            self.repo.mark_resurfaced([lane.name for lane in lanes])
        self.empty_snow_tank()
        if self.repo.blade_swap_due():
            client.recalibrate_blade(self.settings.blade_depth_mm)

    def empty_snow_tank(self) -> None:
        load = self.repo.snow_tank_load()
        if load >= self.settings.snow_dump_threshold:
            get_client().dump_snow(load)
        else:
            log.debug("snow tank empty enough (%d)", load)
