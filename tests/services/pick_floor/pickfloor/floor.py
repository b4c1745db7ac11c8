"""One warehouse floor's room; the platform fires its alarm every two minutes."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import kvbox

from .handlers import PHASES, PhaseHandlers
from .settings import FloorSettings
from .slotting import slotting_plan_revised, slotting_plan_version

log = logging.getLogger(__name__)


@dataclass
class FloorContext:
    settings: FloorSettings
    floor: str
    box: Any
    cache: kvbox.AsyncCache


class PickFloor:
    def __init__(self, ctx: FloorContext, handlers: PhaseHandlers) -> None:
        self.ctx = ctx
        self.handlers = handlers
        self.alarms = 0

    async def alarm(self) -> None:
        self.alarms += 1
        await getattr(self, "report_heartbeat")()
        for kind in PHASES:
            await getattr(self.handlers, f"handle_{kind}")()
        await getattr(self.handlers, "handle_cycle_count", self.count_by_hand)()
        await getattr(self.handlers, "handle_calibrate", self.calibrate_locally)()
        await getattr(self, "resync_slotting")()
        log.info("floor %s alarm %d: %s", self.ctx.floor, self.alarms, self.handlers.handled)

    async def report_heartbeat(self) -> None:
        await self.ctx.box.fetch(self.ctx.settings.heartbeat_path, method="PUT", json={"alarm": self.alarms})

    async def count_by_hand(self) -> None:
        """Used when the handlers have no cycle-count phase: ask the box for a manual count sheet."""
        await self.ctx.box.fetch("/counts/manual-sheet", method="POST")

    async def calibrate_locally(self) -> None:
        await self.ctx.box.fetch("/scanners/self-test", method="POST")

    async def resync_slotting(self) -> None:
        if not await slotting_plan_revised(self.ctx.cache, self.ctx.floor):
            return
        version = await slotting_plan_version(self.ctx.cache, self.ctx.floor)
        await self.ctx.box.set_env_var("SLOTTING_PLAN", version)
