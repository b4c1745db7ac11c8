"""The rehearsal hall's room: its alarm runs every five minutes."""

from __future__ import annotations

import asyncio
import logging

import kvbox

from .desks import HallMeter, open_mixing_desk
from .repo import RehearsalPlan, pitch_reference_changed
from .settings import RehearsalSettings

log = logging.getLogger(__name__)


class ChoirRehearsalRoom:
    def __init__(self, settings: RehearsalSettings, plan: RehearsalPlan, cache: kvbox.AsyncCache) -> None:
        self.settings = settings
        self.plan = plan
        self.cache = cache
        self.desks = {section: open_mixing_desk(settings, section) for section in settings.sections}
        self.meter = HallMeter()

    async def alarm(self) -> None:
        desks = [self.desks[section] for section in self.settings.sections]
        await asyncio.gather(*[desk.fetch("/levels/check") for desk in desks])  # expect: WC001
        for desk in {self.desks[section] for section in ("soprano", "alto")}:
            await desk.fetch("/gain/auto")  # expect: WC001

        feedback_checks = {section: desk.fetch for section, desk in self.desks.items()}
        for section, check in feedback_checks.items():
            await check(f"/feedback/{section}")  # expect: WC001
        meter_reads = {section: self.meter.fetch for section in self.settings.sections}
        for section, read in meter_reads.items():
            await read(f"/hall/{section}")

        if await self.plan.rehearsal_in_progress():
            await asyncio.gather(*[desk.fetch("/record/start") for desk in desks])
        await asyncio.gather(*(self.desks[part.section].fetch(f"/parts/{part.part_id}") for part in await self.plan.parts_to_learn()))

        labels = [desk.label() for desk in desks]
        log.debug("desks: %s", labels)
        if await pitch_reference_changed(self.cache):
            retunes = (desk.set_env_var("A4_HZ", "442") for desk in self.desks.values())  # expect: WC002
            await asyncio.gather(*retunes)
