"""The steward and open_dryhouse(); the house ticks the steward every twenty minutes."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .handles import DehydratorHandle, hire_dehydrator_box
from .programs import DryingProgram, choose_program
from .repository import FrondBundle, FrondRepository
from .rinse import saltwater_rinse_line
from .settings import DryhouseSettings

log = logging.getLogger(__name__)


class DryhouseSteward:
    def __init__(self, settings: DryhouseSettings, repo: FrondRepository, box: DehydratorHandle,
                 program: DryingProgram) -> None:
        self.settings = settings
        self.repo = repo
        self.box = box
        self.program = program
        self._state_lock = asyncio.Lock()
        self._vent_pending = False
        self._cycles = 0

    async def drying_tick(self) -> None:
        weighing = asyncio.create_task(self._post_weights())
        await self._note_racks()
        worked = await self.program.run_cycle()
        await self.program.finish(worked)
        await self._vent_if_pending()
        baled = await self._bale_bundles()
        await self._salinity_audit()
        weighed = await weighing
        async with self._state_lock:
            self._cycles += 1
            cycles = self._cycles
        log.info("cycle %d at %s: %d racks, %d baled, weighed=%s", cycles, self.settings.shed, worked, baled, weighed)

    async def _note_racks(self) -> None:
        async with self._state_lock:
            if await self.repo.racks_hung_with_fronds():
                self._vent_pending = True

    async def _vent_if_pending(self) -> None:
        async with self._state_lock:
            pending = self._vent_pending
            self._vent_pending = False
        if pending:
            await self.box.fetch("/vents/open", method="POST")

    async def _post_weights(self) -> bool:
        batch = await self.repo.next_weigh_batch()
        if batch is None:
            return False
        await self.box.fetch(self.settings.tare_path, method="POST", json={"batch": batch.batch_id, "kg": batch.kg})
        return True

    async def _bale_bundles(self) -> int:
        bundles = await self.repo.bundles_awaiting_bale()
        tasks = [asyncio.create_task(self._bale_one(bundle)) for bundle in bundles]
        for task in tasks:
            await task
        return len(tasks)

    async def _bale_one(self, bundle: FrondBundle) -> None:
        await self.box.fetch(f"/bundles/{bundle.bundle_id}/bale", method="POST", json={"species": bundle.species})

    async def _salinity_audit(self) -> None:
        if not await self.repo.salinity_audit_due():
            return
        async with saltwater_rinse_line(self.box, self.settings.shed) as rinse:
            await rinse.fetch("/rinse-line/sample", method="POST")


async def open_dryhouse(shed: str) -> DryhouseSteward:
    settings = DryhouseSettings.from_env(shed)
    repo = FrondRepository(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url), shed)
    box = hire_dehydrator_box(shed)
    log.info("dehydrator %s for %s", box.dehydrator_model(), shed)
    program = choose_program(settings, box, repo)
    return DryhouseSteward(settings, repo, box, program)
