"""The saltern's room: its alarm runs every fifteen minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .settings import SalternSettings
from .works import SalternWorks, evaporation_survey_due

log = logging.getLogger(__name__)


class SalternRoom:
    def __init__(self, settings: SalternSettings, sluices: Any, works: SalternWorks, cache: kvbox.AsyncCache) -> None:
        self.settings = settings
        self.sluices = sluices
        self.works = works
        self.cache = cache

    async def alarm(self) -> None:
        transfers = await self.works.brine_transfers()
        crews = await self.works.harvest_crews()
        alerts = await self.works.pan_alerts()

        if sum(len(queue) for queue in (transfers, crews, alerts)) > 0:
            await self.sluices.fetch("/works/busy", method="POST")
        backlog = len(transfers) + len(crews)
        if backlog:
            await self.sluices.fetch("/works/backlog", method="POST", json={"n": backlog})
        if backlog == 0:
            await self.sluices.fetch("/works/idle-report", method="POST")  # expect: WC001
        if await self.works.tide_gates_open() or len(transfers) + len(alerts) > 0:
            await self.sluices.fetch("/gates/monitor", method="POST")

        if sum(t.volume_m3 for t in transfers) >= self.settings.transfer_batch_m3:
            await self.sluices.fetch("/sluices/batch", method="POST")
        if any(t.urgent for t in transfers):
            await self.sluices.fetch("/sluices/urgent", method="POST")
        if all(crew.ready for crew in crews):
            await self.sluices.fetch("/crews/all-ready", method="POST")  # expect: WC001
        if any(alerts):
            await self.sluices.fetch("/alarms/sound", method="POST")
        if not any(alerts):
            await self.sluices.fetch("/alarms/clear", method="POST")  # expect: WC001

        if await evaporation_survey_due(self.cache) and not transfers:
            await self.sluices.fetch("/survey/evaporation", method="POST")  # expect: WC002
