"""The foundry's room: its alarm runs every three minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .controllers import open_foundry_controller
from .records import CastingRecords, carillon_retune_booked
from .sessions import CrucibleLease, FurnaceSession, PitAbortOnError, PourWindow, TuningSession
from .settings import FoundrySettings

log = logging.getLogger(__name__)


class BellFoundryRoom:
    def __init__(self, settings: FoundrySettings, records: CastingRecords, cache: kvbox.AsyncCache) -> None:
        self.records = records
        self.cache = cache
        self.furnace = open_foundry_controller(settings, "furnace")
        self.pit = open_foundry_controller(settings, "pit")
        self.lathe = open_foundry_controller(settings, "lathe")
        self.crucible = open_foundry_controller(settings, "crucible")
        self.lease_book: list[str] = []

    async def alarm(self) -> None:
        async with FurnaceSession(self.furnace) as furnace:
            await furnace.fetch("/furnace/temperature")  # expect: WC001
            if await self.records.bronze_is_molten():
                async with PourWindow(self.crucible) as ladle:
                    await ladle.fetch("/ladle/pour", method="POST")

        with CrucibleLease(self.crucible, self.lease_book) as crucible:
            await crucible.fetch("/crucible/inventory")  # expect: WC001

        try:
            async with PitAbortOnError(self.pit):
                await self.records.log_pit_check()
        except stowage.StowageError:
            log.info("pit check not recorded")

        for mould in await self.records.moulds_to_inspect():
            async with FurnaceSession(self.furnace):
                await self.pit.fetch(f"/moulds/{mould.mould_id}/inspect")

        if await carillon_retune_booked(self.cache):
            async with TuningSession(self.lathe) as lathe:
                await lathe.fetch("/bell/strike")  # expect: WC002
