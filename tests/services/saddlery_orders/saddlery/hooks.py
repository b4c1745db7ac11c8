"""The app's ``on_startup`` hooks: each stores what it builds in the app."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import kvbox
import stowage

from .bench import summon_stitching_bench
from .poller import SaddleOrderPoller
from .repository import SaddleryLedger
from .services import CustomerNotifier, FittingDesk, LeatherStockKeeper, StitchingQueue
from .settings import SaddlerySettings

if TYPE_CHECKING:
    from .app import SaddleryApp

log = logging.getLogger(__name__)


async def wire_ledger(app: SaddleryApp) -> None:
    settings: SaddlerySettings = app["settings"]
    db = await stowage.connect_async(settings.dsn)
    app["ledger"] = SaddleryLedger(db, kvbox.AsyncCache(settings.cache_url), settings.region)


async def wire_bench(app: SaddleryApp) -> None:
    app["client"] = summon_stitching_bench(app["settings"].region)


async def wire_services(app: SaddleryApp) -> None:
    settings: SaddlerySettings = app["settings"]
    ledger = app["ledger"]
    app["stitching"] = StitchingQueue(ledger, settings.stitch_batch)
    app["stock"] = LeatherStockKeeper(ledger, settings.default_reorder_hides)
    app["fittings"] = FittingDesk(ledger)


async def wire_notifier(app: SaddleryApp) -> None:
    settings: SaddlerySettings = app["settings"]
    if not settings.customer_pings:
        log.info("customer pings are off")
        return
    app["notifier"] = CustomerNotifier(app["ledger"], summon_stitching_bench(settings.region, lane="customers"))


async def wire_poller(app: SaddleryApp) -> None:
    app["poller"] = SaddleOrderPoller(app)
