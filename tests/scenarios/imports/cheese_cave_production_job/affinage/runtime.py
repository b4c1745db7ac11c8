"""Process-wide state, filled once by ``init`` at start-up."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .caves import CaveLink, open_cave_controller
from .ledger import AffinageLedger
from .settings import AffinageSettings

log = logging.getLogger(__name__)

CAVES: dict[str, CaveLink] = {}
_ledger: AffinageLedger | None = None
_cache: kvbox.AsyncCache | None = None


async def init(settings: AffinageSettings) -> None:
    global _ledger, _cache
    for cave in settings.caves:
        CAVES[cave] = CaveLink(cave, open_cave_controller(settings, cave))
    _ledger = AffinageLedger(await stowage.connect_async(settings.dsn))
    _cache = kvbox.AsyncCache(settings.cache_url)
    log.info("%d caves linked", len(CAVES))


def ledger() -> AffinageLedger:
    if _ledger is None:
        raise RuntimeError("affinage.runtime.init() was not called")
    return _ledger


def cache() -> kvbox.AsyncCache:
    if _cache is None:
        raise RuntimeError("affinage.runtime.init() was not called")
    return _cache
