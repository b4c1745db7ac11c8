"""The catalogue box: the platform's container holding the public catalogue."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class FolioCatalogueBox:
    """The platform's container stub for the bookshop catalogue."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


class CatalogueSyncRefused(Exception):
    """The catalogue box refused a write."""


def open_folio_catalogue_box(shop_code: str) -> FolioCatalogueBox:
    log.info("catalogue box for shop %s", shop_code)
    return FolioCatalogueBox()
