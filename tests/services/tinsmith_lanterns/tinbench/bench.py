"""The lantern bench: its soldering round runs every ten minutes."""

from __future__ import annotations

import asyncio
import functools
import logging

import kvbox
import stowage

from .ledger import LanternLedger
from .settings import BenchSettings
from .tools import BenchTool
from .wiring import BenchKit

log = logging.getLogger(__name__)


class LanternBench:
    def __init__(self, kit: BenchKit, ledger: LanternLedger) -> None:
        self.kit = kit
        self.ledger = ledger
        self._lock = asyncio.Lock()
        self._rounds = 0
        self._pours = 0
        self._fumes = 0

    async def solder_round(self) -> None:
        self._rounds += 1
        lot = f"{self.kit.bench_id}-{self._rounds}"
        hallmark_task: asyncio.Task[None] | None = None
        if await self.ledger.guild_assay_day():
            stamp = functools.partial(self._stamp_hallmarks, lot)
            hallmark_task = asyncio.create_task(stamp())
        await self.warm_iron(lot)
        await self.pour_if_molten(lot)
        await self.solder_waiting_seams()
        vent = functools.partial(self._vent_fumes, reason="round-end")
        vent_task = asyncio.create_task(vent())
        log.info("round %d on bench %s done", self._rounds, self.kit.bench_id)
        await vent_task
        if hallmark_task is not None:
            await hallmark_task

    async def warm_iron(self, lot: str) -> None:
        iron = BenchTool.from_rack("iron", self.kit)
        try:
            await asyncio.wait_for(iron.work(lot), timeout=self.kit.settings.iron_timeout_s)
        except TimeoutError:
            log.warning("iron tip thermocouple silent on %s; banking the fire", self.kit.bench_id)
            await self.kit.box.bank_the_fire(reason="thermocouple silent")
            return
        self._fumes += 1

    async def pour_if_molten(self, lot: str) -> None:
        async with self._lock:
            if not await self.ledger.solder_pot_molten():
                log.debug("solder pot not molten; nothing poured for %s", lot)
                return
            self._pours += 1
        await self.kit.box.pour_solder(lot=lot, ladle=self._pours)

    async def solder_waiting_seams(self) -> None:
        for seam in await self.ledger.seams_awaiting_solder():
            tool = BenchTool.from_rack(seam.tool, self.kit)
            async with self._lock:
                await tool.work(seam.lantern_id)
            self._fumes += 1

    async def _stamp_hallmarks(self, lot: str) -> None:
        burnisher = BenchTool.from_rack("burnisher", self.kit)
        await burnisher.work(lot)
        try:
            await self.ledger.record_assay(lot)
        except stowage.StowageError:
            log.warning("assay of %s not recorded; the guild book is amended by hand", lot)

    async def _vent_fumes(self, reason: str) -> None:
        async with self._lock:
            if self._fumes == 0:
                return
            fumes, self._fumes = self._fumes, 0
        log.debug("venting %d fume loads (%s)", fumes, reason)
        await self.kit.box.vent_fumes(reason=reason, loads=fumes)


async def open_bench(bench_id: str) -> LanternBench:
    settings = BenchSettings.from_env(bench_id)
    db = await stowage.connect_async(settings.dsn)
    ledger = LanternLedger(db, kvbox.AsyncCache(settings.cache_url), settings.bench_id)
    bench = LanternBench(BenchKit.assemble(settings), ledger)
    log.info("bench %s open", bench_id)
    return bench
