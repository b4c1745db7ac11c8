"""The lock's room: its alarm runs every two minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .records import LockRecords, LockSnapshot, WaterLevels, paddle_survey_due

log = logging.getLogger(__name__)


class CanalLockRoom:
    def __init__(self, controller: Any, records: LockRecords, cache: kvbox.AsyncCache) -> None:
        self.controller = controller
        self.records = records
        self.cache = cache
        self.levels = WaterLevels(upper_m=3.2, lower_m=0.4)

    async def alarm(self) -> None:
        snapshot = await self.records.snapshot()
        match snapshot:
            case LockSnapshot(has_traffic=True):
                await self.controller.fetch("/cycle/start", method="POST")
            case LockSnapshot(gate_fault=True):
                await self.controller.fetch("/gates/fault-report", method="POST")  # expect: WC001
            case LockSnapshot(queued_boats=0):
                await self.controller.fetch("/chamber/hold-level", method="POST")  # expect: WC001
            case _:
                await self.controller.fetch("/chamber/drain", method="POST")

        match self.levels:
            case WaterLevels(upper, lower) if upper - lower > 2.5:
                await self.controller.fetch("/paddles/check-seals")  # expect: WC001
            case WaterLevels(_, lower):
                log.debug("lower pound at %.1f m", lower)

        match (snapshot.has_traffic, await paddle_survey_due(self.cache)):
            case (True, _):
                await self.controller.fetch("/lights/green", method="PUT")
            case (False, True):
                await self.controller.set_env_var("PADDLE_SURVEY", "in-progress")  # expect: WC002
            case (False, False):
                await self.controller.fetch("/lights/red", method="PUT")  # expect: WC001
