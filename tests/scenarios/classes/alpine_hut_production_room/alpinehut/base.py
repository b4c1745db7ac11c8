"""What every hut room shares: the utility unit, kept by the subclass in ``_utility``."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class HutRoomBase:
    _utility: Any
    hut_name = "hut"

    async def utility_post(self, path: str, **payload: Any) -> bool:
        resp = await self._utility.fetch(path, method="POST", json=payload)  # expect: WC001
        if not resp.ok:
            log.warning("utility unit answered %s to %s", resp.status, path)
        return resp.ok

    async def utility_meter(self, meter: str) -> None:
        await self._utility.fetch(f"/meters/{meter}")
