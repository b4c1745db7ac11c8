"""The SCADA collector; the scheduler calls run_once every thirty seconds."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .controllers import claim_scada_box
from .fleet import Fleet, TurbineLink
from .records import GenerationRecords, IcingAlert, curtailment_order_issued
from .settings import FARM_TABLE, FarmSettings

log = logging.getLogger(__name__)


class TurbineCollector:
    def __init__(self, settings: FarmSettings, fleet: Fleet, records: GenerationRecords) -> None:
        self.settings = settings
        self.fleet = fleet
        self.records = records

    async def run_once(self) -> None:
        for link in self.fleet.online():
            await link.box.fetch("/scada/poll")
        first = next(self.fleet.online(), None)
        if first is not None:
            await first.box.fetch("/scada/master-clock", method="PUT")
        await self.de_ice(list(self.fleet.iced(await self.records.icing_alerts())))
        async for link in self.fleet.generating(self.records):
            await link.box.fetch("/yaw/optimise", method="POST", json={"tol": self.settings.yaw_tolerance_deg})
        await self.report_positions()
        await self.pair_alerts(await self.records.icing_alerts())
        await self.curtail()

    async def de_ice(self, iced: list[tuple[TurbineLink, IcingAlert]]) -> None:
        for link, alert in iced:
            await link.box.fetch(f"/blades/{alert.blade}/heat", method="POST")

    async def report_positions(self) -> None:
        for position, box in enumerate(self.fleet.boxes(), start=1):
            await box.fetch("/nacelle/position", method="PUT", json={"slot": position})

    async def pair_alerts(self, alerts: list[IcingAlert]) -> None:
        for link, alert in zip(self.fleet.online(), alerts):
            await link.box.fetch("/alerts/acknowledge", method="POST", json={"blade": alert.blade})

    async def curtail(self) -> None:
        if not await curtailment_order_issued(self.records.cache):
            return
        await asyncio.gather(*[link.box.set_env_var("CURTAIL_PCT", "40") for link in self.fleet.online()])


async def build_collector(farm: str) -> TurbineCollector:
    settings = FarmSettings.for_farm(farm)
    records = GenerationRecords(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url))
    links = [TurbineLink(turbine_id, claim_scada_box(farm, turbine_id), enabled) for turbine_id, enabled in FARM_TABLE]
    log.info("collector for %s with %d turbines", farm, len(links))
    return TurbineCollector(settings, Fleet(links), records)
