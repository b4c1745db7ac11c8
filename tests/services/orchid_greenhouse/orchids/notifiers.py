"""How growers hear about the greenhouse: the bench panel or the logbook."""

from __future__ import annotations

import logging
from typing import Protocol

import kvbox

from .boxes import BenchBoxes, OrchidBenchBox
from .settings import GreenhouseSettings

log = logging.getLogger(__name__)


class GrowerNotifier(Protocol):
    async def announce(self, zone_id: str, message: str) -> None: ...


class BenchPanelNotifier:
    """Shows the notice on the bench controller's panel (a container call)."""

    def __init__(self, panel: OrchidBenchBox) -> None:
        self._panel = panel

    async def announce(self, zone_id: str, message: str) -> None:
        await self._panel.fetch("/panel/notices", method="POST", json={"zone": zone_id, "text": message})


class LogbookNotifier:
    """Writes the notice to the growers' logbook in the cache."""

    def __init__(self, cache: kvbox.AsyncCache, house: str) -> None:
        self._cache = cache
        self._house = house

    async def announce(self, zone_id: str, message: str) -> None:
        log.info("logbook %s/%s: %s", self._house, zone_id, message)
        await self._cache.set(f"orchids:{self._house}:logbook:{zone_id}", message, ttl=86400)


def choose_notifier(settings: GreenhouseSettings, cache: kvbox.AsyncCache) -> GrowerNotifier:
    if settings.panel_notices:
        return BenchPanelNotifier(BenchBoxes.for_role("panel"))
    return LogbookNotifier(cache, settings.house)
