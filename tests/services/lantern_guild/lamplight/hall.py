"""The guild hall's start-up: settings, ledger, crier and dispatcher."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import commission_wick_box
from .crier import GuildCrier
from .dispatcher import LamplighterDispatcher
from .ledger import LampLedger
from .settings import GuildSettings

log = logging.getLogger(__name__)


async def summon_guild(city: str) -> LamplighterDispatcher:
    settings = GuildSettings.from_env(city)
    db = await stowage.connect_async(settings.dsn)
    ledger = LampLedger(db, kvbox.AsyncCache(settings.cache_url), settings.city)
    crier = GuildCrier(commission_wick_box(settings.city), settings.city)
    log.info("the lantern guild of %s is summoned", city)
    return LamplighterDispatcher(settings, ledger, crier)
