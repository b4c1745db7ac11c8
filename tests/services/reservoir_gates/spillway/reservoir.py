"""The reservoir desk: a small state machine the water board's platform alarms every 3 min."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import kvbox
import stowage

from . import gatebox
from .gatebox import GateBox, provision_gate_box
from .pipeline import smooth_levels
from .settings import ReservoirSettings
from .store import ReservoirStore
from .workers import SpillwayWorker

log = logging.getLogger(__name__)


class ReservoirDesk:
    def __init__(self, settings: ReservoirSettings, store: ReservoirStore, box: GateBox, worker: SpillwayWorker) -> None:
        self.settings = settings
        self.store = store
        self.box = box
        self.worker = worker
        self.state = "holding"
        self._transitions: dict[tuple[str, str], Callable[[], Awaitable[None]]] = {
            ("holding", "alarm"): self._while_holding,
            ("releasing", "alarm"): self._while_releasing,
            ("releasing", "drained"): self._on_drained,
        }

    async def dispatch(self, event: str) -> None:
        handler = self._transitions.get((self.state, event))
        if handler is None:
            log.debug("%s ignored while %s", event, self.state)
            return
        await handler()

    async def alarm(self) -> None:
        await self.dispatch("alarm")
        async for reading, mean in smooth_levels(self.store.level_readings(), self.settings.smoothing_window):
            await self.box.fetch(f"/gauges/{reading.gauge}/level", method="PUT", json={"mean": mean})
        opened = await self.worker.cycle()
        await gatebox.gatekeeper.nudge(f"{opened} gates opened")
        if await self.store.flood_warning_issued():
            await self.box.fetch("/spillway/emergency", method="POST")
        await self.store.log_alarm(self.state)

    async def _while_holding(self) -> None:
        if await self.store.reservoir_spilling():
            self.state = "releasing"
            await self.box.fetch("/gates/unlock", method="POST")

    async def _while_releasing(self) -> None:
        await self.box.fetch("/gates/raise", method="POST")
        if not await self.store.reservoir_spilling():
            await self.dispatch("drained")

    async def _on_drained(self) -> None:
        log.info("spill over; back to holding")
        self.state = "holding"


async def bring_up(site: str) -> ReservoirDesk:
    settings = ReservoirSettings.for_site(site)
    box = provision_gate_box(site)
    gatebox.gatekeeper.configure(box=box, site=site)
    store = ReservoirStore(await stowage.connect_async(settings.dsn), kvbox.AsyncCache(settings.cache_url), site, settings.page_size)
    worker = SpillwayWorker(box=box, store=store, min_gap=settings.min_gap_seconds)
    log.info("reservoir desk up for %s", site)
    return ReservoirDesk(settings, store, box, worker)
