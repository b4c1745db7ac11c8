"""Avalanche bulletins: fetched from the regional service, posted on the hut's mast."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import wirecall

from .radio import current_hut

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class AvalancheBulletin:
    region: str
    danger_level: int


class AvalancheDesk:
    def __init__(self, client: wirecall.AsyncClient, timeout_s: float) -> None:
        self._client = client
        self._timeout_s = timeout_s

    async def fetch_bulletin(self, region: str) -> AvalancheBulletin | None:
        response = await self._client.get(f"/bulletins/{region}/latest")
        if not response.ok:
            log.warning("bulletin service answered %d", response.status_code)
            return None
        body = response.json()
        return AvalancheBulletin(region, int(body.get("danger_level", 1)))

    async def relay_latest(self) -> None:
        hut = current_hut.get()
        try:
            bulletin = await asyncio.wait_for(self.fetch_bulletin(hut.name), timeout=self._timeout_s)
        except TimeoutError:
            log.warning("no avalanche bulletin for %s within %.0fs", hut.name, self._timeout_s)
            return
        if bulletin is None:
            return
        await hut.mast.post_bulletin(bulletin.region, bulletin.danger_level)
