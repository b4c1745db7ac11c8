from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)


class TileBox:
    """The platform's container stub for the tile renderer."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def obtain_tile_box(region: str) -> TileBox:
    return TileBox()


class ProbeScope:
    """Brackets a round of layer probes; the renderer keeps probe results between them."""

    def __init__(self, box: Any) -> None:
        self.box = box

    async def __aenter__(self) -> ProbeScope:
        await self.box.fetch("/probes/begin", method="POST")
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        await self.box.fetch("/probes/end", method="POST")

    async def check(self, layer: str) -> int:
        resp = await self.box.fetch(f"/probes/{layer}")
        return resp.status


@contextlib.asynccontextmanager
async def leased_renderer(region: str) -> AsyncIterator[Any]:
    box = obtain_tile_box(region)
    await box.fetch("/lease", method="POST")
    try:
        yield box
    finally:
        await box.fetch("/lease", method="DELETE")
