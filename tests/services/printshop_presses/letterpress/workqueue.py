"""The press floor's work queue: a heap of work items by priority, first come first served within one."""

from __future__ import annotations

import heapq
import itertools
import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

PRIORITY = {"proof": 0, "press": 1, "wash": 9}


@dataclass(order=True)
class WorkItem:
    priority: int
    seq: int
    kind: str = field(compare=False)
    payload: Any = field(compare=False)


class PressQueue:
    def __init__(self) -> None:
        self._heap: list[WorkItem] = []
        self._seq = itertools.count()

    def __len__(self) -> int:
        return len(self._heap)

    def push(self, kind: str, payload: Any) -> None:
        heapq.heappush(self._heap, WorkItem(PRIORITY[kind], next(self._seq), kind, payload))

    def pop(self) -> WorkItem:
        return heapq.heappop(self._heap)
