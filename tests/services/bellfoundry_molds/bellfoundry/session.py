"""A casting session on the crucible: opened per pour, closed on the container."""

from __future__ import annotations

import logging
from types import TracebackType

from .crucible import CrucibleLink
from .errors import CastingFault

log = logging.getLogger(__name__)


class CastingSession:
    def __init__(self, link: CrucibleLink, mold_id: str) -> None:
        self._link = link
        self.mold_id = mold_id
        self.poured = False

    async def __aenter__(self) -> CastingSession:
        log.debug("casting session for %s", self.mold_id)
        return self

    async def pour(self, alloy: str) -> None:
        reply = await self._link.box.fetch(CrucibleLink.mold_path(self.mold_id, "pour"), method="POST", json={"alloy": alloy})
        if not reply.ok:
            raise CastingFault(f"pour of {self.mold_id} refused")
        self.poured = True

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        log.debug("closing casting session for %s (poured: %s)", self.mold_id, self.poured)
        await self._link.box.fetch(CrucibleLink.mold_path(self.mold_id, "session"), method="DELETE")
        return False
