"""The readings the hydrograph has not seen yet."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from .models import Reading


class PendingReadings:
    """Wraps the unflushed readings; empty (``len() == 0``) on a quiet river."""

    def __init__(self, readings: Iterable[Reading]) -> None:
        self._items = list(readings)

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[Reading]:
        return iter(self._items)

    def batches(self, size: int) -> Iterator[list[Reading]]:
        for start in range(0, len(self._items), size):
            yield self._items[start : start + size]
