"""The forge's container: every provider is a class attribute."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .bellows import BellowsDrive
from .boxes import ForgeBoxClient
from .providers import Factory, Singleton
from .repository import AnvilCalendarRepository, CoalStockRepository, QuenchTankRepository
from .services import AnvilDesk, CoalService, QuenchService
from .settings import ForgeSettings

log = logging.getLogger(__name__)


def open_forge_database(settings: ForgeSettings) -> stowage.Database:
    log.info("opening %s", settings.dsn)
    return stowage.connect(settings.dsn)


def open_forge_cache(settings: ForgeSettings) -> kvbox.Cache:
    return kvbox.Cache(settings.cache_url)


class ForgeContainer:
    settings = Singleton(ForgeSettings.from_env)
    database = Singleton(open_forge_database, settings)
    cache = Singleton(open_forge_cache, settings)
    box_client = Singleton(ForgeBoxClient, settings)

    coal_ledger = Factory(CoalStockRepository, db=database)
    tank_log = Factory(QuenchTankRepository, db=database, cache=cache)
    anvil_calendar = Factory(AnvilCalendarRepository, db=database)

    bellows = Singleton(BellowsDrive.for_setting, settings, box_client, coal_ledger)
    quench_service = Singleton(QuenchService, box_client, tank_log)
    anvil_desk = Factory(AnvilDesk, client=box_client, calendar=anvil_calendar)
    coal_service = Factory(CoalService, client=box_client, ledger=coal_ledger, settings=settings)
