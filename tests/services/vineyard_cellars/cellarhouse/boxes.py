"""The cellar-control container and the leases that reach it."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

log = logging.getLogger(__name__)


class CellarBox:
    """The platform's stub for the cellar-control container (probes, pumps, blend bench)."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def detach_cellar_lease(self) -> None:
        raise NotImplementedError("bound by the platform")


def summon_cellar_box(region: str, purpose: str) -> CellarBox:
    log.info("summoning the cellar box in %s for %s", region, purpose)
    return CellarBox()


@contextlib.asynccontextmanager
async def borrowed_cellar_box(region: str, purpose: str) -> AsyncIterator[Any]:
    """Lease a client for one piece of work and hand the lease back however the work ends."""
    box = summon_cellar_box(region, purpose)
    log.debug("cellar lease for %s", purpose)
    try:
        yield box
    finally:
        box.detach_cellar_lease()
