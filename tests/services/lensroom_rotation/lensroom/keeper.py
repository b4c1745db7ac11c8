"""The lens room keeper the scheduler sweeps every two minutes."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from functools import partial
from operator import attrgetter

import kvbox
import stowage

from .ledger import LensroomLedger
from .lensbox import LensroomBox, lease_lensroom_box
from .records import Lens, SweepRecord
from .settings import LensroomSettings
from .toolkit import LAMP_ACTIONS, acompose, make_pusher, run_soon

log = logging.getLogger(__name__)


class LensroomKeeper:
    def __init__(self, settings: LensroomSettings, ledger: LensroomLedger, box: LensroomBox) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.sweeps = 0

    async def sweep(self) -> None:
        self.sweeps += 1
        log.debug("sweep %d on controller %s", self.sweeps, self.box.lensroom_label())
        turning = await self.ledger.lensroom_lamp_turning()
        await LAMP_ACTIONS["rotate" if turning else "dim"](self.box, self.settings.site)
        lenses = sorted(await self.ledger.lenses_awaiting_polish(), key=attrgetter("order"))
        polished = await asyncio.gather(*map(self.refresh, lenses))
        temps = await self.ledger.lamp_temperatures()
        if max((t for t in temps), default=0) > self.settings.max_temp_c:
            log.warning("lamp above %s C", self.settings.max_temp_c)
        pushers = (make_pusher(self.box, "/lamps/rpm"), make_pusher(self.box, "/lamps/heat")) if turning else ()
        for push in pushers:
            await push({"temps": list(temps)})
        pinged = await asyncio.gather(*map(self.ping, self.settings.beacons))
        record = SweepRecord(self.settings.site, self.sweeps, turning)
        record = dataclasses.replace(record, polished=sum(1 for p in polished if p), beacons=len(pinged))
        await run_soon(partial(self._post_sweep, "/lamps/sweeps"), record)
        if await self.ledger.lensroom_recalibration_night():
            recalibrate = acompose(self._recalibrate, self._collect)
            await recalibrate(temps)

    async def refresh(self, lens: Lens) -> bool:
        await self.box.fetch(lens.path() + "/polish", method="POST")
        return True

    async def ping(self, beacon: str) -> str:
        await self.box.fetch(f"/beacons/{beacon}/ping", method="POST")
        return beacon

    async def _post_sweep(self, path: str, record: SweepRecord) -> None:
        await self.box.fetch(path, method="POST", json=record.as_payload())

    async def _collect(self, temps: tuple[int, ...]) -> tuple[Lens, ...]:
        return tuple(Lens(f"L{n}", n, t) for n, t in enumerate(temps))

    async def _recalibrate(self, lenses: tuple[Lens, ...]) -> int:
        await self.box.fetch("/lenses/recalibrate", method="POST", json={"lenses": [lens.lens_id for lens in lenses]})
        return len(lenses)


async def start_lensroom(site: str) -> LensroomKeeper:
    settings = LensroomSettings.from_env(site)
    db = await stowage.connect_async(settings.dsn)
    ledger = LensroomLedger(db, kvbox.AsyncCache(settings.cache_url), site)
    log.info("lens room up for %s", site)
    return LensroomKeeper(settings, ledger, lease_lensroom_box(site))
