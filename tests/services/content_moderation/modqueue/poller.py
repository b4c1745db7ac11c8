"""The moderation poller; the worker calls poll every minute."""

from __future__ import annotations

import logging

from . import handlers, jobs, probes  # noqa: F401 - importing them fills the registries
from .queue import ModerationContext
from .registry import PROBES, ROUTES, SCHEDULE, Periodic

log = logging.getLogger(__name__)


class ModerationPoller:
    def __init__(self, ctx: ModerationContext) -> None:
        self.ctx = ctx
        self.clock = 0
        self.last_run: dict[str, int] = {}

    def _due(self, job: Periodic) -> bool:
        last = self.last_run.get(job.name)
        return last is None or self.clock - last >= job.seconds

    async def poll(self) -> None:
        self.clock += self.ctx.settings.poll_seconds
        for probe_cls in PROBES:
            await probe_cls(self.ctx).run()
        for job in [j for j in SCHEDULE if self._due(j)]:
            self.last_run[job.name] = self.clock
            await job.run(self.ctx)
        if await self.ctx.queue.review_queue_nonempty():
            for kind, handler in ROUTES.items():
                await handler(self.ctx, await self.ctx.queue.next_batch(kind))
        await ROUTES["appeal"](self.ctx, [])
