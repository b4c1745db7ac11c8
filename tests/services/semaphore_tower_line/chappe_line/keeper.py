"""The tower's watch keeper: every ten minutes, drains the outbox down the signal chain."""

from __future__ import annotations

import logging
from collections import deque

import kvbox
import stowage

from .arms import hoist_semaphore_arms
from .handlers import SignalHandler, assemble_signal_chain
from .settings import TowerLineSettings
from .signal_book import LineMessage, SignalBookRepository

log = logging.getLogger(__name__)


class TowerWatchKeeper:
    def __init__(self, settings: TowerLineSettings, book: SignalBookRepository, chain: SignalHandler) -> None:
        self.settings = settings
        self.book = book
        self.chain = chain
        self.outbox: deque[LineMessage] = deque()
        self.watch = 0

    def watch_tick(self) -> None:
        self.watch += 1
        for dispatch in self.book.dispatches_awaiting_relay():
            self.outbox.append(LineMessage("dispatch", {"dispatch_id": dispatch.dispatch_id, "groups": dispatch.groups}))
        if self.book.codebook_revision_due():
            self.outbox.append(LineMessage("codebook", {"revision": self.book.current_codebook()}))
        self.outbox.append(LineMessage("heartbeat", {"watch": self.watch, "downline": self.settings.downline_station}))
        sent = 0
        while self.outbox:
            self.chain.handle(self.outbox.popleft())
            sent += 1
        log.info("watch %d at %s: %d messages down the chain", self.watch, self.settings.station, sent)


def open_tower_watch(station: str) -> TowerWatchKeeper:
    settings = TowerLineSettings.from_env(station)
    book = SignalBookRepository(stowage.connect(settings.signal_book_dsn), kvbox.Cache(settings.cache_url), station)
    arms = hoist_semaphore_arms(station)
    chain = assemble_signal_chain(arms, book)
    log.info("tower watch opened at %s", station)
    return TowerWatchKeeper(settings, book, chain)
