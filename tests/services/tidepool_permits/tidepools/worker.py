"""The background worker: fills a queue of jobs and drains it in the same tick."""

from __future__ import annotations

import asyncio
import logging

from .boxes import PermitClient, get_permit_client
from .repo import PermitNotice, PermitRepository, TickSummary

log = logging.getLogger(__name__)


class NoticeJob:
    __slots__ = ("notice",)

    def __init__(self, notice: PermitNotice) -> None:
        self.notice = notice

    async def run(self, client: PermitClient) -> None:
        await client.session.box.fetch(PermitClient.path_for("notice", self.notice.permit_id), method="POST")


class HeartbeatJob:
    __slots__ = ("region",)

    def __init__(self, region: str) -> None:
        self.region = region

    async def run(self, client: PermitClient) -> None:
        await client.session.box.fetch(PermitClient.path_for("heartbeat"), method="PUT", json={"region": self.region})


class PermitWorker:
    def __init__(self, concurrency: int) -> None:
        self.concurrency = concurrency
        self._semaphore = asyncio.Semaphore(concurrency)

    async def tick(self) -> None:
        from .app import current_tidepool

        state = current_tidepool().state
        repo: PermitRepository = state.container.resolve("repo")
        client = get_permit_client("notices", state.settings.region)
        queue: asyncio.Queue[NoticeJob | HeartbeatJob] = asyncio.Queue()
        notices = await repo.unsent_permit_notices()
        for notice in notices:
            queue.put_nowait(NoticeJob(notice))
        queue.put_nowait(HeartbeatJob(state.settings.region))
        await asyncio.gather(*[self._drain(queue, client) for _ in range(self.concurrency)])
        if await repo.permits_under_review():
            await state.container.resolve("reviewer").sync_reviews()
        if await repo.tide_table_rollover():
            await state.events.publish("tides.rollover", state.settings.region)
        await state.events.publish("tick.done", TickSummary(len(notices), state.settings.region))

    async def _drain(self, queue: asyncio.Queue[NoticeJob | HeartbeatJob], client: PermitClient) -> None:
        while True:
            try:
                job = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            async with self._semaphore:
                await job.run(client)
            queue.task_done()
