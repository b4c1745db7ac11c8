"""A pool of fetcher containers."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

log = logging.getLogger(__name__)


class FetcherBox:
    """The platform's container stub for one fetcher."""

    def __init__(self, slot: int) -> None:
        self.slot = slot

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def checkout_fetcher_box(slot: int) -> FetcherBox:
    return FetcherBox(slot)


class FetcherPool:
    def __init__(self, size: int) -> None:
        self._boxes = [checkout_fetcher_box(slot) for slot in range(size)]

    def each(self) -> Iterator[Any]:
        yield from self._boxes

    def round_robin(self) -> Iterator[Any]:
        while True:
            for box in self._boxes:
                yield box

    async def healthy(self) -> AsyncIterator[Any]:
        for box in self._boxes:
            log.debug("box %s peeks %s", box, box.peek())
            yield box

    async def with_backlog(self, repo: Any) -> AsyncIterator[Any]:
        if not await repo.crawl_backlog_nonempty():
            return
        for box in self._boxes:
            yield box

    @contextlib.asynccontextmanager
    async def lease(self) -> AsyncIterator[Any]:
        box = self._boxes[-1]
        try:
            yield box
        finally:
            await box.fetch("/lease/release", method="POST")
