"""The still-room foreman: its distill round runs every five minutes."""

from __future__ import annotations

import logging
from collections import defaultdict, deque

import sensorlink

from .alembic import AlembicBox, StillPort, current_batch
from .ledger import DistillateLedger, HerbCharge, RoundSummary
from .settings import StillRoomSettings
from .stills import StillJob, run_still_jobs

log = logging.getLogger(__name__)


class StillRoomForeman:
    def __init__(self, settings: StillRoomSettings, ledger: DistillateLedger, ports: dict[str, StillPort],
                 room_box: AlembicBox, sensors: sensorlink.SensorHub) -> None:
        self._settings = settings
        self._ledger = ledger
        self._ports = ports
        self._room_box = room_box
        self._sensors = sensors
        self._recent_head_temps: deque[float] = deque(maxlen=settings.trend_window)
        self._round = 0

    async def distill_round(self) -> None:
        self._round += 1
        token = current_batch.set(f"{self._settings.house}-{self._round:05d}")
        try:
            jobs = {name: self._job_for(port.kind) for name, port in self._ports.items()}
            readings = await run_still_jobs(jobs)
            charged = await self._load_charges()
            if len(self._recent_head_temps) == self._recent_head_temps.maxlen:
                await self._room_box.post_trend(list(self._recent_head_temps), batch=current_batch.get())
            if await self._ledger.herbal_monograph_reissue():
                await self._relabel_all()
            await self._ledger.record_round(RoundSummary(current_batch.get(), readings, charged))
        finally:
            current_batch.reset(token)

    def _job_for(self, kind: str) -> StillJob:
        runners: dict[str, StillJob] = {"steam": self._steam_run, "hydrosol": self._hydrosol_run}
        return runners[kind]

    async def _steam_run(self, name: str) -> float:
        port = self._ports[name]
        await port.heartbeat()
        head_temp = await self._sensors.poll(f"{name}/head-temp")
        self._recent_head_temps.append(head_temp)
        if head_temp > self._settings.condense_above:
            await port.box.condense(name, batch=current_batch.get())
        if await self._ledger.steam_jacket_venting(name):
            log.warning("steam jacket of %s venting", name)
            await port.box.vent(name)
        return head_temp

    async def _hydrosol_run(self, name: str) -> float:
        port = self._ports[name]
        await port.heartbeat()
        bath = await self._sensors.poll(f"{name}/bath-level")
        if bath < self._settings.bath_low:
            log.warning("water bath of %s low (%.1f)", name, bath)
        return bath

    async def _load_charges(self) -> int:
        by_still: defaultdict[str, list[HerbCharge]] = defaultdict(list)
        for charge in await self._ledger.macerating_herb_charges():
            by_still[charge.still].append(charge)
        charged = 0
        for still, charges in by_still.items():
            port = self._ports.get(still)
            if port is None:
                log.warning("%d herb charges for unknown still %s", len(charges), still)
                continue
            await port.box.charge(still, herbs=[c.herb for c in charges], kg=sum(c.kg for c in charges))
            charged += 1
        return charged

    async def _relabel_all(self) -> None:
        log.info("herbal monograph reissued: relabelling %d stills", len(self._ports))
        for name in self._ports:
            await self._room_box.relabel(name, batch=current_batch.get())
