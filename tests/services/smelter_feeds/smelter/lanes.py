"""Feed lanes and spares: each holds the furnace it feeds."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Protocol

from .furnace import SmelterFurnace, get_smelter_furnace
from .store import Ingot, IngotStore

log = logging.getLogger(__name__)


@dataclass
class FeedLane:
    name: str
    shard: str
    tags: list[str] = field(default_factory=list)
    furnace: SmelterFurnace = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.furnace = get_smelter_furnace(self.shard)

    async def ping(self, seq: int) -> None:
        await self.furnace.fetch(f"/lanes/{self.name}/ping", json={"seq": seq})

    async def ingest(self, ingot: Ingot) -> None:
        await self.furnace.fetch(f"/lanes/{self.name}/ingest", method="POST", json={"id": ingot.ingot_id})

    async def rebalance(self, weight: float) -> None:
        await self.furnace.fetch(f"/lanes/{self.name}/weight", method="PUT", json={"weight": weight})


@dataclass
class SpareLane:
    slot: int
    furnace: SmelterFurnace = field(default_factory=lambda: get_smelter_furnace("spares"))

    async def ping(self, seq: int) -> None:
        await self.furnace.fetch(f"/spares/{self.slot}/ping", json={"seq": seq})


class TickRecorder(Protocol):
    async def record(self, tick: int) -> None: ...


class FurnaceRecorder:
    def __init__(self, furnace: SmelterFurnace) -> None:
        self.furnace = furnace

    async def record(self, tick: int) -> None:
        await self.furnace.fetch("/ticks", method="POST", json={"tick": tick})


class ColdLedger:
    def __init__(self, store: IngotStore) -> None:
        self.store = store

    async def record(self, tick: int) -> None:
        await self.store.log_cold_tick(tick)
