"""The catalogue commands, collected into a table by name."""

from __future__ import annotations

import inspect
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import kvbox
import stowage

from .catalogue_box import CatalogueSyncRefused
from .stockbook import FolioStockBook, provenance_register_reissue_due

log = logging.getLogger(__name__)

_COMMAND_ATTR = "__folio_command__"

F = TypeVar("F", bound=Callable[..., Any])


def command(name: str) -> Callable[[F], F]:
    """Mark a method as the catalogue command ``name``."""

    def mark(func: F) -> F:
        setattr(func, _COMMAND_ATTR, name)
        return func

    return mark


class CommandDesk:
    """Collects the ``@command`` methods of the subclass into ``self.handlers``."""

    def __init__(self) -> None:
        self.handlers: dict[str, Callable[[], None]] = {}
        for _attr, member in inspect.getmembers(self, inspect.ismethod):
            name = getattr(member, _COMMAND_ATTR, None)
            if name is not None:
                self.handlers[name] = member
        log.debug("catalogue commands: %s", ", ".join(sorted(self.handlers)))


class FolioCommands(CommandDesk):
    def __init__(self, box: Any, stock: FolioStockBook, cache: kvbox.Cache) -> None:
        self.box = box
        self.stock = stock
        self.cache = cache
        super().__init__()

    @command("heartbeat")
    def send_heartbeat(self) -> None:
        reply = self.box.fetch("/catalogue/heartbeat", method="POST")
        if not reply.ok:
            log.warning("heartbeat refused; reopening the catalogue session")
            self.box.fetch("/catalogue/session", method="PUT")

    @command("push_reprices")
    def push_reprices(self) -> None:
        if not self.stock.folio_reprices_unsynced():
            return
        folios = self.stock.repriced_folios()
        payload = [{"shelfmark": f.shelfmark, "price": f.price_pence} for f in folios]
        reply = self.box.fetch("/catalogue/prices", method="PUT", json=payload)
        if not reply.ok:
            raise CatalogueSyncRefused("prices")
        log.info("pushed %d reprices", len(payload))

    @command("collate_consignments")
    def collate_consignments(self) -> None:
        for lot in self.stock.consignments_awaiting_collation():
            self.box.fetch(f"/consignments/{lot}/collation", method="PATCH")
            try:
                self.stock.mark_collated(lot)
            except stowage.StowageError:
                log.warning("lot %s collated but not marked; next tick retries", lot)

    @command("reissue_provenance")
    def reissue_provenance(self) -> None:
        if not provenance_register_reissue_due(self.cache):
            return
        log.info("reissuing the provenance register")
        self.box.fetch("/provenance/register", method="POST")
        self.cache.delete("folios:provenance-reissue")

    @command("purge_withdrawn")
    def purge_withdrawn(self) -> None:
        for shelfmark in self.stock.withdrawn_shelfmarks():
            self.box.fetch(f"/catalogue/folios/{shelfmark}", method="DELETE")
