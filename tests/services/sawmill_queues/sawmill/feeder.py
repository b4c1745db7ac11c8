"""Stages kiln batches on the shared queue while the saws are cutting."""

from __future__ import annotations

import logging

from .repo import LogYardRepository
from .state import MillState

log = logging.getLogger(__name__)


class KilnFeeder:
    def __init__(self, state: MillState, repo: LogYardRepository) -> None:
        self.state = state
        self.repo = repo

    async def stage(self) -> int:
        if not await self.repo.bandsaws_under_load():
            return 0
        staged = 0
        for batch in await self.repo.kiln_batches_due():
            await self.state.kiln_queue.put(batch)
            staged += 1
        log.debug("staged %d kiln batches", staged)
        return staged
