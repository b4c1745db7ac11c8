"""The three jobs the canal trust's runner fires every minute."""

from __future__ import annotations

import logging
import time

from .gatebox import LockgateClient
from .shared import FlightShared, add_pending, take_pending
from .store import FlightStore

log = logging.getLogger(__name__)


class VesselWatch:
    def __init__(self, store: FlightStore, shared: FlightShared) -> None:
        self.store = store
        self.shared = shared

    async def poll(self) -> None:
        if await self.store.boats_in_lock_pound():
            async with self.shared.gate_lock:
                self.shared.last_arrival = time.monotonic()
            self.shared.arrival.set()
        for passage in await self.store.queued_passages():
            add_pending(passage)


class LockOperator:
    def __init__(self, flight: str, shared: FlightShared) -> None:
        self.flight = flight
        self.shared = shared

    async def cycle(self) -> None:
        client = LockgateClient.for_flight(self.flight)
        if self.shared.arrival.is_set():
            self.shared.arrival.clear()
            await client.box.fetch("/paddles/open", method="POST")
        if self.shared.last_arrival is not None:
            await client.box.fetch("/lamps/amber", method="PUT")
        async with self.shared.gate_lock:
            await client.box.fetch("/levels/sync", method="PUT")


class PassageClerk:
    def __init__(self, flight: str, store: FlightStore) -> None:
        self.flight = flight
        self.store = store
        self.flushes = 0

    async def flush(self) -> None:
        self.flushes += 1
        client = LockgateClient.for_flight(self.flight)
        batch = take_pending()
        for passage in batch:
            await client.box.fetch(f"/passages/{passage.passage_id}/log", method="POST", json={"boat": passage.boat})
        if self.flushes % 2 == 1:
            await client.box.fetch("/ledger/checkpoint", method="POST")
        if await self.store.flood_drill_scheduled():
            await client.box.set_env_var("FLOOD_DRILL", self.flight)
        await self.store.note_flush(len(batch))
