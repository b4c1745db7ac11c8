"""The marina poller: its tick runs every minute."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .harbour import harbour_box
from .jobs import BuoyCalibration, BuoyProber, BuoySilent, MarinaJob, RollCall
from .leases import BerthLease, LeaseRefused
from .repository import BuoyAlert, MooringRepository
from .settings import MarinaSettings

log = logging.getLogger(__name__)


class MarinaPoller:
    def __init__(self, settings: MarinaSettings) -> None:
        self.settings = settings
        self.queue: asyncio.Queue[MarinaJob] = asyncio.Queue()
        self.prober = BuoyProber(settings.region)
        self.repo: MooringRepository | None = None
        self._producer: asyncio.Task[None] | None = None

    async def open_season(self) -> None:
        db = await stowage.connect_async(self.settings.dsn)
        self.repo = MooringRepository(db, kvbox.AsyncCache(self.settings.cache_url), self.settings.region)
        self._producer = asyncio.create_task(self._produce_roster(self.repo), name="marina-roster")
        log.info("season open at %s", self.settings.region)

    async def _produce_roster(self, repo: MooringRepository) -> None:
        await self.queue.put(RollCall(self.settings.region))
        for registration in await repo.registrations_since_boot():
            await self.queue.put(BuoyCalibration(registration.buoy_id, registration.berth))

    async def tick(self) -> None:
        repo = self.repo
        if repo is None:
            log.warning("tick before open_season(); skipped")
            return
        await self._drain_roster()
        await self._probe_buoys(repo)
        await self._relay_alerts(repo)
        if await repo.storm_watch_active():
            await self._secure_for_storm()
        if await repo.harbour_dues_quarter_close():
            await self._close_dues_quarter()

    async def _drain_roster(self) -> int:
        drained = 0
        while True:
            try:
                job = self.queue.get_nowait()
            except asyncio.QueueEmpty:
                break
            try:
                await job.run()
            finally:
                self.queue.task_done()
            drained += 1
        return drained

    async def _probe_buoys(self, repo: MooringRepository) -> None:
        tasks = [asyncio.create_task(self.prober.probe(buoy_id), name=f"probe:{buoy_id}") for buoy_id in self.settings.buoy_ids]
        if not tasks:
            return
        done, pending = await asyncio.wait(tasks, timeout=self.settings.probe_timeout)
        for task in pending:
            task.cancel()
        silent = [task.get_name() for task in done if isinstance(task.exception(), BuoySilent)]
        if silent or pending:
            log.warning("silent buoys: %s; %d probes timed out", silent, len(pending))
        await repo.record_probe(len(silent) + len(pending))

    async def _relay_alerts(self, repo: MooringRepository) -> None:
        alerts = await repo.pending_buoy_alerts()
        if not alerts:
            return
        tasks = {asyncio.create_task(self._relay(repo, alert)) for alert in alerts}
        done, pending = await asyncio.wait(tasks, timeout=self.settings.probe_timeout)
        for task in pending:
            task.cancel()
        log.info("relayed %d of %d buoy alerts", len(done), len(tasks))

    async def _relay(self, repo: MooringRepository, alert: BuoyAlert) -> None:
        await harbour_box().fetch(f"/alerts/{alert.alert_id}", method="POST", json={"buoy": alert.buoy_id, "kind": alert.kind})
        await repo.mark_alert_relayed(alert.alert_id)

    async def _secure_for_storm(self) -> None:
        try:
            async with BerthLease("storm-watch", self.settings.lease_seconds) as lease:
                await lease.box.fetch("/storm/secure", method="POST", json={"buoys": list(self.settings.buoy_ids)})
        except LeaseRefused:
            log.info("another monitor is securing the moorings")

    async def _close_dues_quarter(self) -> None:
        try:
            async with BerthLease("harbour-dues", self.settings.lease_seconds) as lease:
                await lease.box.fetch("/dues/close-quarter", method="POST")
        except LeaseRefused:
            log.info("another monitor is closing the dues quarter")
