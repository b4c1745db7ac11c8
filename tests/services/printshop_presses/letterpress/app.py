"""The shop's start-up: settings, stockroom, bus and services, wired once."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .bus import PressBus
from .foreman import PressFloorForeman
from .services import (
    InkWellKeeper,
    JobPrinter,
    LockupScheduler,
    PaperStockClerk,
    PressRoomDispatcher,
    PressWorker,
    ProofDesk,
    ProofPuller,
    RollerWasher,
    log_pass,
)
from .settings import PressShopSettings
from .stockroom import PressStockroom

log = logging.getLogger(__name__)


def open_print_shop(shop: str) -> PressFloorForeman:
    settings = PressShopSettings.from_env(shop)
    stockroom = PressStockroom(
        stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.shop, settings.stock_key
    )
    bus = PressBus()
    InkWellKeeper(bus, settings.shop)
    PaperStockClerk(bus, stockroom, settings.shop)
    proof_desk = ProofDesk(bus)
    bus.subscribe("pass.finished", log_pass)
    workers: dict[str, PressWorker] = {
        "press": JobPrinter(settings.shop),
        "proof": ProofPuller(settings.shop),
        "wash": RollerWasher(settings.shop),
    }
    foreman = PressFloorForeman(
        settings,
        stockroom,
        bus,
        proof_desk,
        LockupScheduler(settings.shop, settings.forme_size),
        PressRoomDispatcher(workers),
    )
    log.info("print shop %s open", shop)
    return foreman


def main(shop: str = "gutenberg-lane") -> None:
    logging.basicConfig(level=logging.INFO)
    foreman = open_print_shop(shop)
    try:
        foreman.start().join()
    except KeyboardInterrupt:
        foreman.stop()
