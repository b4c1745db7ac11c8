"""The proofing job: runs every two minutes."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

import kvbox
import stowage

from .framework import BakehouseJob
from .orders import OrderBook, descaling_due
from .ovens import LocalThermometer, open_bakery_oven
from .settings import BakehouseSettings

log = logging.getLogger(__name__)


class ProofingJob(BakehouseJob):
    name = "proofing"
    deck_oven: ClassVar[Any] = None
    proofer: ClassVar[Any] = None
    thermometer: ClassVar[Any] = LocalThermometer()
    orders: ClassVar[OrderBook]
    cache: ClassVar[kvbox.Cache]

    @classmethod
    def setup(cls, settings: BakehouseSettings) -> None:
        deck = open_bakery_oven(settings, "deck")
        cls.deck_oven = deck
        cls.proofer = open_bakery_oven(settings, "proofer")
        if settings.remote_probe:
            cls.thermometer = open_bakery_oven(settings, "probe")
        cls.orders = OrderBook(stowage.connect(settings.dsn))
        cls.cache = kvbox.Cache(settings.cache_url)

    def tick(self) -> None:
        self.deck_oven.ping()
        celsius = self.thermometer.read()  # expect: WC001
        log.debug("proofing room at %s", celsius)
        self.deck_oven.post("/deck/heartbeat")  # expect: WC001
        if self.orders.dough_is_rising():
            type(self).proofer.post("/proofer/humidity", json={"rh": 78})
        for loaf in self.orders.loaves_to_score():
            self._score(loaf.loaf_id, loaf.pattern)
        if descaling_due(self.cache):
            type(self)._descale()

    @classmethod
    def _score(cls, loaf_id: str, pattern: str) -> None:
        cls.deck_oven.post(f"/scoring/{loaf_id}", json={"pattern": pattern})

    @classmethod
    def _descale(cls) -> None:
        cls.proofer.post("/steam/descale")  # expect: WC002
