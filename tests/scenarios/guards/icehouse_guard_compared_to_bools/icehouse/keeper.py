"""The keeper: the store's scheduler calls ``tick`` every five minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox

from .orders import IceOrders, ammonia_leak_test_due
from .settings import IcehouseSettings

log = logging.getLogger(__name__)


class IcehouseKeeper:
    def __init__(self, settings: IcehouseSettings, vault: Any, orders: IceOrders, cache: kvbox.Cache) -> None:
        self.settings = settings
        self.vault = vault
        self.orders = orders
        self.cache = cache

    def tick(self) -> None:
        if self.orders.ice_orders_open() is False:
            self.vault.post("/vault/economy-mode")  # expect: WC001
        if self.orders.ice_orders_open() == False:  # noqa: E712 - as the keeper's code has it
            self.vault.post("/vault/defrost-cycle")  # expect: WC001
        if self.orders.ice_orders_open() is True:
            self.vault.post("/dock/open")
        if self.orders.ice_orders_open() != False:  # noqa: E712
            self.vault.post("/dock/lights")
        self._stage_loading()
        self._doors()
        self._rotate_blocks()
        self._leak_test()

    def _stage_loading(self) -> None:
        if self.orders.ice_orders_open() is False:
            return
        self.vault.post("/dock/stage")

    def _doors(self) -> None:
        if self.orders.ice_orders_open() is not True:
            self.vault.post("/doors/seal")  # expect: WC001
        else:
            self.vault.post("/doors/hold-open")

    def _rotate_blocks(self) -> None:
        on_order = self.orders.blocks_on_order()
        if self.settings.rotation_block not in on_order:
            self.vault.post(f"/blocks/{self.settings.rotation_block}/rotate")  # expect: WC001
        if self.settings.rotation_block in on_order:
            self.vault.post(f"/blocks/{self.settings.rotation_block}/reserve")
        for block in self.settings.blocks:
            if block not in on_order:
                continue
            self.vault.post(f"/blocks/{block}/pick")

    def _leak_test(self) -> None:
        if ammonia_leak_test_due(self.cache) is not False:
            self.vault.post("/plant/ammonia-test")  # expect: WC002
