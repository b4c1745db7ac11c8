"""The lane controller: start-up and the two-minute tick."""

from __future__ import annotations

import contextlib
import logging

import kvbox
import stowage

from .gantry import GantryFault, hoist_toll_gantry_box
from .repository import SpanRepository
from .services import GantryHealth, LaneOps, SignBoard, TransponderSettler, lane_session
from .settings import SpanSettings
from .shutdown import on_span_shutdown, run_span_shutdown_hooks

log = logging.getLogger(__name__)


class LaneController:
    def __init__(self, settings: SpanSettings, repo: SpanRepository, lanes: LaneOps, signs: SignBoard,
                 settler: TransponderSettler, health: GantryHealth) -> None:
        self.settings = settings
        self.repo = repo
        self.lanes = lanes
        self.signs = signs
        self.settler = settler
        self.health = health

    def tick(self) -> None:
        try:
            with contextlib.ExitStack() as stack:
                stack.callback(self.signs.refresh, self.settings.bridge)
                if self.repo.vehicles_on_deck():
                    session_id = stack.enter_context(lane_session(self.lanes.box, self.settings.lanes))
                    self.lanes.cycle_barriers(session_id)
                self.settle_reads()
                self.health.heartbeat()
        except GantryFault as exc:
            log.warning("lane tick cut short: %s", exc)
        if self.repo.harbour_closure_ordered():
            ran = run_span_shutdown_hooks()
            log.warning("bridge %s closed, %d shutdown hooks ran", self.settings.bridge, ran)

    def settle_reads(self) -> int:
        settled = 0
        for read in self.repo.unsettled_transponder_reads():
            try:
                self.settler.settle(read)
            except GantryFault:
                log.warning("read %s left for the next tick", read.read_id)
                continue
            settled += 1
        return settled


def open_lane_controller(bridge: str) -> LaneController:
    settings = SpanSettings.from_env(bridge)
    repo = SpanRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.bridge)
    box = hoist_toll_gantry_box(settings.bridge)
    lanes = LaneOps(box, settings.lanes)
    on_span_shutdown(lanes.park_barriers)
    controller = LaneController(settings, repo, lanes, SignBoard(box), TransponderSettler(box, repo), GantryHealth(box, settings.bridge))
    log.info("lane controller for %s with lanes %s", bridge, ", ".join(settings.lanes))
    return controller
