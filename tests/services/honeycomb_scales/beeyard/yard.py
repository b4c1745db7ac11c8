"""The hive-scale yard the apiary platform alarms every four minutes."""

from __future__ import annotations

import asyncio
import logging
from contextlib import aclosing
from functools import cached_property

import kvbox
import stowage

from .ledger import HiveLedger
from .records import FrameWeighing, HiveState, ScaleSink, WeighKind
from .scalebox import HiveScaleBox, rent_hive_scale_box
from .settings import ApiarySettings
from .sinks import SwarmAlert, sink_for

log = logging.getLogger(__name__)


class ApiaryScaleYard:
    def __init__(self, settings: ApiarySettings, ledger: HiveLedger) -> None:
        self.settings = settings
        self.ledger = ledger
        self._last_weights: dict[str, int] = {}

    @cached_property
    def box(self) -> HiveScaleBox:
        return rent_hive_scale_box(self.settings.yard)

    @cached_property
    def sinks(self) -> dict[HiveState, ScaleSink]:
        return {state: sink_for(state, self.box) for state in HiveState}

    @cached_property
    def on_swarm(self) -> SwarmAlert:
        return SwarmAlert(self.box, self.settings.yard)

    async def alarm(self) -> None:
        log.debug("scale hub %s", self.box.scale_serial())
        swarming = await self.ledger.hive_swarming_now()
        state = HiveState.SWARMING if swarming else HiveState.QUIET
        async with asyncio.timeout(self.settings.alarm_budget_s):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(self._weigh_frames())
                tg.create_task(self._calibrate())
                if swarming:
                    tg.create_task(self.on_swarm("swarm event open"))
        total = 0
        async with aclosing(self.ledger.recent_weighings()) as weighings:
            async for weighing in weighings:
                match weighing:
                    case FrameWeighing(kind=WeighKind.HONEY | WeighKind.BROOD, grams=grams) if grams >= self.settings.harvest_grams:
                        await self.box.fetch(f"/hives/{weighing.hive}/harvest-ready", method="POST")
                    case FrameWeighing(kind=WeighKind.EMPTY):
                        log.info("hive %s has an empty frame on the scale", weighing.hive)
                self._last_weights[weighing.hive] = weighing.grams
                total += weighing.grams
        await self.sinks[state].push(self.settings.yard, total)
        if await self.ledger.varroa_inspection_due():
            async with asyncio.timeout(5.0):
                await self.box.set_env_var("VARROA_INSPECTION", self.settings.yard)
        await self.ledger.log_alarm(state.value)

    async def _weigh_frames(self) -> int:
        batches = await self.ledger.unweighed_frame_batches()
        ready = [batch for batch in batches if (frames := batch.frames) > 0]
        if not any(batch.frames for batch in ready):
            return 0
        async with asyncio.TaskGroup() as tg:
            for batch in ready:
                tg.create_task(self.box.fetch(f"/frames/{batch.hive}/weigh", method="POST", json={"batch": batch.batch_id}))
        return len(ready)

    async def _calibrate(self) -> None:
        if all(grams >= 0 for grams in self._last_weights.values()):
            await self.box.fetch("/scales/calibrate", method="POST", json={"hives": len(self._last_weights)})


async def open_yard(yard: str) -> ApiaryScaleYard:
    settings = ApiarySettings.from_env(yard)
    ledger = HiveLedger(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url), yard)
    log.info("apiary yard %s open", yard)
    return ApiaryScaleYard(settings, ledger)
