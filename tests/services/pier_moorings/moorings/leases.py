"""A lease on the marina's shared work (storm securing, dues close): one holder at a time."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from .harbour import harbour_box

log = logging.getLogger(__name__)


class LeaseRefused(Exception):
    """Another monitor holds the lease."""


class BerthLease:
    """``async with BerthLease("storm-watch", 120) as lease:`` holds the lease for the block."""

    def __init__(self, name: str, seconds: int) -> None:
        self.name = name
        self.seconds = seconds
        self.box: Any = None

    async def __aenter__(self) -> BerthLease:
        self.box = harbour_box()
        reply = await self.box.fetch(f"/leases/{self.name}", method="POST", json={"ttl": self.seconds})
        if not reply.ok:
            raise LeaseRefused(self.name)
        log.debug("holding the %s lease", self.name)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> bool:
        await self.box.fetch(f"/leases/{self.name}", method="DELETE")
        return False
