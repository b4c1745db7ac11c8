"""What the mill's components share: one ``MillState`` per yard."""

from __future__ import annotations

import asyncio
import collections
from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    order_id: str
    kind: str
    board_feet: int


@dataclass(frozen=True)
class KilnBatch:
    batch_id: str
    hours: int


class MillState:
    def __init__(self, yard: str) -> None:
        self.yard = yard
        self.pending: set[str] = set()
        self.retry_later: set[str] = set()
        self.orders: collections.defaultdict[str, list[Order]] = collections.defaultdict(list)
        self.kiln_queue: asyncio.Queue[KilnBatch] = asyncio.Queue()
        self.bus_ready = asyncio.Event()
