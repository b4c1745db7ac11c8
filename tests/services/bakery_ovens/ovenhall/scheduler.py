"""The oven hall scheduler: its bake round runs every five minutes."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import kvbox
import stowage

from .boxes import kindle_deck_oven_box
from .repository import BakeryLedger, DoughBatch
from .services import DeckController, FlourSiloMonitor
from .sessions import DeckSession
from .settings import BakerySettings
from .zones import HALL_ZONE, OvenZone

log = logging.getLogger(__name__)

DeckCommand = Callable[[OvenZone], Awaitable[None]]


class OvenHallScheduler:
    def __init__(self, settings: BakerySettings, box: Any, ledger: BakeryLedger,
                 controller: DeckController, silos: FlourSiloMonitor) -> None:
        self.settings = settings
        self.box = box
        self.ledger = ledger
        self.silos = silos
        self.commands: dict[str, DeckCommand] = {
            "preheat": functools.partial(controller.preheat, ramp="gentle"),
            "steam": functools.partial(controller.inject_steam, seconds=12),
            "vent": functools.partial(controller.open_vents, reason="proofing"),
        }
        self._round = 0
        self._preheated: set[OvenZone] = set()
        self._humid: set[OvenZone] = set()

    async def bake_round(self) -> None:
        self._round += 1
        try:
            async with DeckSession(self.box, HALL_ZONE, "round") as session:
                await session.heartbeat(self._round)
                await self.ledger.stamp_round(self._round)
        except stowage.StowageError:
            log.warning("round %d not stamped; the next round stamps again", self._round)
        tasks = [
            asyncio.create_task(self._warm_decks(), name="warm"),
            asyncio.create_task(self._tend_proofers(), name="proofers"),
            asyncio.create_task(self._bake_batches(), name="batches"),
            asyncio.create_task(self.silos.survey(), name="silos"),
        ]
        results = await asyncio.gather(*tasks, return_exceptions=True)
        failed = [task.get_name() for task, result in zip(tasks, results) if isinstance(result, Exception)]
        for task, result in zip(tasks, results):
            if isinstance(result, Exception):
                log.warning("job %s failed: %s", task.get_name(), result)
        if failed:
            await self._raise_alarm(failed)

    async def _warm_decks(self) -> None:
        for deck in self.settings.decks:
            zone = OvenZone(deck, "hearth")
            if zone in self._preheated:
                continue
            await self.commands["preheat"](zone)
            self._preheated.add(zone)

    async def _tend_proofers(self) -> None:
        if await self.ledger.proofing_cabinets_busy():
            for deck in self.settings.decks:
                zone = OvenZone(deck, "proof")
                self._humid.add(zone)
                await self.commands["vent"](zone)
        for zone in sorted(self._humid, key=lambda z: z.deck):
            await self.commands["steam"](zone)
        self._humid.clear()

    async def _bake_batches(self) -> None:
        by_zone: dict[OvenZone, list[DoughBatch]] = {}
        for batch in await self.ledger.doughs_awaiting_bake():
            by_zone.setdefault(OvenZone(batch.deck, batch.band), []).append(batch)
        for zone, batches in by_zone.items():
            async with DeckSession(self.box, zone, "bake") as session:
                for batch in batches:
                    await session.load(batch.batch_id, batch.loaves)
                    await self.ledger.mark_baked(batch.batch_id)

    async def _raise_alarm(self, jobs: list[str]) -> None:
        await self.box.fetch("/hall/alarm", method="POST", json={"jobs": jobs})


async def start_bakery(hall: str) -> OvenHallScheduler:
    settings = BakerySettings.from_env(hall)
    box = kindle_deck_oven_box(settings.hall)
    db = await stowage.connect_async(settings.dsn)
    ledger = BakeryLedger(db, kvbox.AsyncCache(settings.cache_url), settings.hall)
    setpoints = {OvenZone(deck, "hearth"): settings.hearth_celsius for deck in settings.decks}
    controller = DeckController(box, setpoints)
    silos = FlourSiloMonitor(box, ledger, settings)
    log.info("oven hall %s with %d decks", settings.hall, len(settings.decks))
    return OvenHallScheduler(settings, box, ledger, controller, silos)
