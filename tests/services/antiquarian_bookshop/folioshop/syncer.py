"""The catalogue syncer: its tick runs the configured commands every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .catalogue_box import CatalogueSyncRefused, open_folio_catalogue_box
from .commands import FolioCommands
from .settings import FolioSyncSettings, load_folio_settings
from .stockbook import FolioStockBook

log = logging.getLogger(__name__)


class FolioCatalogueSyncer:
    def __init__(self, settings: FolioSyncSettings, commands: FolioCommands) -> None:
        self.settings = settings
        self.commands = commands

    def tick(self) -> None:
        for name in self.settings.tick_commands:
            handler = self.commands.handlers.get(name)
            if handler is None:
                log.warning("no catalogue command %r", name)
                continue
            try:
                handler()
            except (CatalogueSyncRefused, stowage.StowageError) as exc:
                log.warning("command %s failed: %s", name, exc)

    def run_by_hand(self, name: str) -> None:
        """The operator console's way to run any command, scheduled or not."""
        self.commands.handlers[name]()


def start_folio_sync(shop_code: str) -> FolioCatalogueSyncer:
    settings = load_folio_settings(shop_code)
    box = open_folio_catalogue_box(settings.shop_code)
    stock = FolioStockBook(stowage.connect(settings.catalogue_dsn), settings.batch_limit)
    commands = FolioCommands(box, stock, kvbox.Cache(settings.cache_url))
    return FolioCatalogueSyncer(settings, commands)
