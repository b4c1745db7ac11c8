"""The alembic boxes (the containers), the still ports holding them, and the current batch."""

from __future__ import annotations

import logging
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

current_batch: ContextVar[str] = ContextVar("stillhouse_current_batch")


class AlembicBox:
    """The platform's stub for a still's alembic container."""

    async def tend(self, still: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def announce(self, still: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def condense(self, still: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def vent(self, still: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def charge(self, still: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def post_trend(self, readings: list[float], **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def relabel(self, still: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def kindle_alembic_box(still: str) -> AlembicBox:
    log.info("kindling the alembic box of %s", still)
    return AlembicBox()


@dataclass
class StillPort:
    __slots__ = ("name", "kind", "box")
    name: str
    kind: str
    box: AlembicBox

    async def heartbeat(self) -> None:
        batch = current_batch.get(None)
        if batch is None:
            log.info("announcing %s still %s outside a batch", self.kind, self.name)
            await self.box.announce(self.name, kind=self.kind)
        else:
            await self.box.tend(self.name, batch=batch)
