"""Bounce handling: a hook class configured once by ``setup()``."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

from .repo import OutboxRepo

log = logging.getLogger(__name__)


class BounceProcessor:
    relay: ClassVar[Any] = None
    repo: ClassVar[OutboxRepo | None] = None

    @classmethod
    def setup(cls, relay: Any, repo: OutboxRepo) -> None:
        cls.relay = relay
        cls.repo = repo

    async def process(self) -> int:
        assert self.repo is not None
        handled = 0
        for bounce in await self.repo.pending_bounces():
            await self.relay.fetch(f"/suppress/{bounce.message_id}", method="PUT")
            handled += 1
        if await self.repo.bounce_backlog() > 0:
            await self.report_backlog()
        return handled

    async def report_backlog(self) -> None:
        await type(self).relay.fetch("/bounces/backlog", method="POST")
