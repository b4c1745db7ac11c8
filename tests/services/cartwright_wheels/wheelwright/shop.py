"""The wheelwright's shop: its tick runs every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .commands import ReseasonTimber, ShrinkTyre, SweepShavings, TrueSpokes, WheelCommand
from .daybook import ShopDaybook
from .handlers import HANDLERS, TimberRack
from .orders import WheelOrderBook
from .settings import WheelShopSettings
from .stand import WheelShopError, install_truing_stand, truing_stand

log = logging.getLogger(__name__)


class WheelwrightShop:
    ticks_run = 0
    commands_handled = 0

    def __init__(self, settings: WheelShopSettings, book: WheelOrderBook, daybook: ShopDaybook) -> None:
        self.settings = settings
        self.book = book
        self.daybook = daybook

    @property
    def tyres_on_the_fire(self) -> bool:
        return self.book.tyres_heating() > 0

    def shop_tick(self) -> None:
        type(self).ticks_run += 1
        commands: list[WheelCommand] = []
        for order in self.book.wheel_orders_awaiting():
            commands.append(TrueSpokes(self.settings.bay, order.order_id, order.spokes))
        if self.tyres_on_the_fire:
            commands.append(ShrinkTyre(self.settings.bay, heats=3))
        if self.book.felloe_rack_turning():
            commands.append(ReseasonTimber(self.settings.bay, rack="felloe-oak"))
        commands.append(SweepShavings(self.settings.bay))
        for cmd in commands:
            try:
                HANDLERS[type(cmd)](cmd)
            except WheelShopError as exc:
                log.warning("command %s failed: %s", type(cmd).__name__, exc)
                continue
            WheelwrightShop.commands_handled += 1
            self.daybook.enter(cmd)
        if TimberRack.reseasoned_total:
            self.sync_timber_stock()
        log.info("tick %d: %d commands so far", WheelwrightShop.ticks_run, WheelwrightShop.commands_handled)

    def sync_timber_stock(self) -> None:
        truing_stand().fetch("/timber/stock", method="PUT", json={"racks": list(TimberRack.racks_turned)})
        TimberRack.reseasoned_total = 0
        TimberRack.racks_turned.clear()


def open_wheel_shop(bay: str) -> WheelwrightShop:
    settings = WheelShopSettings.from_env(bay)
    install_truing_stand(settings.bay)
    book = WheelOrderBook(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.bay)
    daybook = ShopDaybook(book, truing_stand(), settings.report_every)
    log.info("wheel shop open in %s on %s", bay, truing_stand().stand_label())
    return WheelwrightShop(settings, book, daybook)
