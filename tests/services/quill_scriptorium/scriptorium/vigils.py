"""What a bell is worked under: quiet hours, the vellum tally, the bell record, gold leaf."""

from __future__ import annotations

import logging
from types import TracebackType

import stowage

from .boxes import ScribeClient
from .repository import VellumStock

log = logging.getLogger(__name__)


class QuietHours:
    def __init__(self, abbey: str) -> None:
        self.abbey = abbey

    def __enter__(self) -> QuietHours:
        log.debug("quiet hours at %s", self.abbey)
        return self

    def __exit__(self, *exc_info: object) -> None:
        log.debug("quiet hours over at %s", self.abbey)


class VellumTally:
    """Counts the sheets taken during the bell; writes the stock on exit if any were."""

    def __init__(self, stock: VellumStock) -> None:
        self.stock = stock
        self.taken = 0

    def __enter__(self) -> VellumTally:
        self.taken = 0
        return self

    def take(self, sheets: int) -> None:
        self.taken += sheets

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if not self.taken:
            return
        try:
            self.stock.record_taken(self.taken)
        except stowage.StowageError:
            log.warning("vellum tally of %d sheets not written; next bell recounts", self.taken)


class BellRecord:
    def __init__(self, client: ScribeClient, bell: int, *, folios: int = 0) -> None:
        self.client = client
        self.bell = bell
        self.folios = folios

    def __enter__(self) -> BellRecord:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.client.file_record(self.bell, folios=self.folios)


class GoldLeafReserve:
    def __init__(self, client: ScribeClient, folio_id: str, *, leaves: int = 1) -> None:
        self.client = client
        self.folio_id = folio_id
        self.leaves = leaves

    def __enter__(self) -> GoldLeafReserve:
        self.client.reserve_gold(self.folio_id, leaves=self.leaves)
        return self

    def __exit__(self, *exc_info: object) -> None:
        log.debug("gold for %s released to the illuminator", self.folio_id)
