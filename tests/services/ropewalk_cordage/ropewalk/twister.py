"""The twisting-machine container and the spindle session around a round of twisting."""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from .ledger import StrandOrder

log = logging.getLogger(__name__)


class TwisterBox:
    """The platform's container stub for the rope twisting machine."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def twister_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_twister_box(walk: str) -> TwisterBox:
    log.info("summoning the twister for %s", walk)
    return TwisterBox()


class SpindleSession:
    """Holds the twister's spindles for a round of strand orders; releases them on exit."""

    def __init__(self, box: Any, walk: str) -> None:
        self.box = box
        self.walk = walk
        self.twisted = 0

    async def __aenter__(self) -> SpindleSession:
        log.debug("spindles held on %s", self.walk)
        return self

    async def __aexit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                        tb: TracebackType | None) -> None:
        log.debug("releasing spindles on %s after %d strands", self.walk, self.twisted)
        await self.box.fetch("/spindles/release", method="POST", json={"twisted": self.twisted})

    async def twist(self, order: StrandOrder) -> None:
        await self.box.fetch(f"/strands/{order.order_id}/twist", method="POST", json={"ply": order.ply})
        self.twisted += 1
