"""The programme of queued shows, walked with ``async for``."""

from __future__ import annotations

import logging

from .repository import ShowRepository, ShowSlot

log = logging.getLogger(__name__)


class ShowProgramme:
    """Loads the queued slots on the first step, then hands them out in order."""

    def __init__(self, repo: ShowRepository) -> None:
        self._repo = repo
        self._slots: list[ShowSlot] | None = None
        self._cursor = 0

    def __aiter__(self) -> ShowProgramme:
        return self

    async def __anext__(self) -> ShowSlot:
        if self._slots is None:
            self._slots = list(await self._repo.queued_dome_shows())
            log.debug("%d shows queued", len(self._slots))
        if self._cursor >= len(self._slots):
            raise StopAsyncIteration
        slot = self._slots[self._cursor]
        self._cursor += 1
        return slot
