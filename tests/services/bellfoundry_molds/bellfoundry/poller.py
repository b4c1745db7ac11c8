"""The mold poller: takes bell orders, pours them, casts rammed molds, keeps the crucible hot."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import queuebus

from .crucible import CrucibleLink
from .errors import CastingFault, FoundryError
from .jobs import FoundryJob, JobDesk, handles
from .session import CastingSession
from .settings import FoundrySettings
from .storage import Mold, MoldStore

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class OrderNote:
    mold_id: str
    parish: str

    @classmethod
    def from_message(cls, message: queuebus.Message) -> OrderNote:
        return cls(str(message.body.get("mold_id", "unnamed")), str(message.body.get("parish", "")))


class MoldPoller(JobDesk):
    def __init__(self, settings: FoundrySettings, store: MoldStore, link: CrucibleLink, orders: queuebus.AsyncSubscriber) -> None:
        self.settings = settings
        self.store = store
        self.link = link
        self.orders = orders
        self._dirty = asyncio.Event()
        self._wake = asyncio.Event()
        self._lock = asyncio.Lock()
        self._jobs: list[FoundryJob] = []
        self._sweeps = 0

    async def on_order(self, note: OrderNote) -> None:
        log.debug("order for mold %s from %s", note.mold_id, note.parish)
        self._jobs.append(FoundryJob("pour", note.mold_id))
        self._wake.set()
        if await self.store.pours_in_progress():
            log.debug("a pour is running: the pour log needs a flush")
            self._dirty.set()

    async def sweep(self) -> None:
        self._sweeps += 1
        log.debug("sweep %d at %s", self._sweeps, self.settings.site)
        for message in await self.orders.poll(max_messages=self.settings.order_batch):
            await self.on_order(OrderNote.from_message(message))
            message.ack()
        if await self.store.tuning_audit_due():
            log.debug("tuning audit due at %s", self.settings.site)
            self._jobs.append(FoundryJob("tune", self.settings.site))
            self._wake.set()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=self.settings.wake_grace)
        except asyncio.TimeoutError:
            log.debug("no work within %.3fs: holding the crucible", self.settings.wake_grace)
            await self._hold_heat()
        else:
            self._wake.clear()
            await self._run_jobs()
        if self._dirty.is_set():
            self._dirty.clear()
            await self._flush_pour_log()
        molds = await self.store.molds_awaiting_cast()
        results = await asyncio.gather(*(self._cast(m) for m in molds), return_exceptions=True)
        for mold, result in zip(molds, results):
            if isinstance(result, BaseException):
                log.debug("cast of %s failed: %r", mold.mold_id, result)
                self._jobs.append(FoundryJob("quench", mold.mold_id))
        log.debug("sweep %d done: %d casts", self._sweeps, len(results))

    async def _run_jobs(self) -> None:
        jobs, self._jobs = self._jobs, []
        log.debug("running %d jobs", len(jobs))
        for job in jobs:
            handler = self.handlers.get(job.kind)
            if handler is None:
                log.debug("no handler for %s", job.kind)
                continue
            try:
                await handler(self, job)
            except FoundryError as exc:
                log.debug("job %s failed: %s", job, exc)

    async def _hold_heat(self) -> None:
        async with self._lock:
            await self.link.box.fetch("/crucible/hold", method="PUT", json={"celsius": self.settings.hold_celsius})

    async def _flush_pour_log(self) -> None:
        log.debug("flushing the pour log")
        await self.link.box.fetch("/crucible/pour-log", method="POST")

    async def _cast(self, mold: Mold) -> None:
        async with self._lock:
            reply = await self.link.box.fetch(CrucibleLink.mold_path(mold.mold_id, "cast"), method="POST", json={"bell": mold.bell})
        if not reply.ok:
            raise CastingFault(f"cast of {mold.mold_id} refused")

    @handles("pour")
    async def _pour(self, job: FoundryJob) -> None:
        async with CastingSession(self.link, job.mold_id) as session:
            await session.pour(self.settings.alloy)
        await self.store.record_pour(job.mold_id)

    @handles("quench")
    async def _quench(self, job: FoundryJob) -> None:
        log.debug("quenching %s", job.mold_id)
        await self.link.box.fetch(CrucibleLink.mold_path(job.mold_id, "quench"), method="POST")

    @handles("tune")
    async def _tune(self, job: FoundryJob) -> None:
        log.debug("tuning audit for %s", job.mold_id)
        await self.link.box.set_env_var("BELLFOUNDRY_TUNING_AUDIT", job.mold_id)
