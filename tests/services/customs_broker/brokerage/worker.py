"""The brokerage poller; the worker ticks it every two minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .declarations import DeclarationBook, tariff_code_release
from .gateway import retain_customs_box
from .settings import BrokerSettings
from .stages import STAGES, StageRunner

log = logging.getLogger(__name__)


class CustomsBrokerPoller:
    def __init__(self, settings: BrokerSettings, book: DeclarationBook, box: Any) -> None:
        self.settings = settings
        self.book = book
        self.box = box
        self._open = True  # until the first tick has looked
        self.stages = StageRunner(book, box)

    def tick(self) -> None:
        self._open = self.book.declarations_open()
        for stage in STAGES:
            getattr(self.stages, f"run_{stage}")(self._open)
        for amendment in self.book.amendments():
            self.box.fetch(f"/amendments/{amendment.filing_id}", method="POST")
        self.report_status()
        self.refresh_tariffs()

    def report_status(self) -> None:
        match self._open:
            case True:
                self.box.fetch("/status/open-declarations", method="PUT")
            case False:
                log.debug("no open declarations at %s", self.settings.port)

    def refresh_tariffs(self) -> None:
        if tariff_code_release(self.book.cache):
            self.box.set_env_var("TARIFF_CODES", "latest")


def start_worker(port: str) -> CustomsBrokerPoller:
    settings = BrokerSettings.for_port(port)
    box = retain_customs_box(port)
    log.info("broker %s at %s", box.broker_id(), port)
    return CustomsBrokerPoller(settings, DeclarationBook(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url)), box)
