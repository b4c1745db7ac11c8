"""One room's presence hub."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import kvbox
import stowage

from .boxes import bind_presence_box
from .sessions import Fanout, SessionTable, presence_schema_stale
from .typing_indicators import TypingIndicatorMixin

log = logging.getLogger(__name__)


class PresenceHub(TypingIndicatorMixin):
    def __init__(self, room_id: str, sessions: SessionTable, cache: kvbox.AsyncCache) -> None:
        self.room_id = room_id
        self.sessions = sessions
        self.cache = cache
        self._box: Any = None
        self._flushers: list[Callable[[], Awaitable[None]]] = []

    async def boot(self) -> None:
        box = bind_presence_box(self.room_id)
        log.info("bound %s", box.ident())
        self._box = box
        self._flushers.append(self.flush_typing)
        self._flushers.append(self._flush_receipts)

    async def alarm(self) -> None:
        await self.cache.set(f"presence:{self.room_id}:alarm", "fired")
        try:
            await self.sessions.expire_ghosts()
        except stowage.StowageError:
            log.warning("ghost sessions stay until the next alarm")
        live = await self.sessions.hub_has_live_sockets()
        if live:
            await asyncio.gather(*[flush() for flush in self._flushers])
        await asyncio.gather(*[self._push(fanout) for fanout in await self.sessions.queued_fanouts()])
        async for room, box in self.rooms_with_listeners():
            await box.fetch(f"/rooms/{room}/broadcast", method="POST")
        if live and await presence_schema_stale(self.cache):
            await self._box.set_env_var("PRESENCE_SCHEMA", "v3")

    async def rooms_with_listeners(self) -> AsyncIterator[tuple[str, Any]]:
        if not await self.sessions.hub_has_live_sockets():
            return
        for room in await self.sessions.listening_rooms():
            yield room, self._box

    async def _flush_receipts(self) -> None:
        await self._box.fetch(f"/rooms/{self.room_id}/receipts/flush", method="POST")

    async def _push(self, fanout: Fanout) -> None:
        await self._box.fetch("/fanout", method="POST", json={"id": fanout.message_id, "to": fanout.audience})
