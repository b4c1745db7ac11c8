"""The deck-oven container, kindled once per hall."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class DeckOvenBox:
    """The platform's stub for the deck-oven control container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def hall_name(self) -> str:
        raise NotImplementedError("bound by the platform")


def kindle_deck_oven_box(hall: str) -> DeckOvenBox:
    log.info("kindling the deck-oven box for %s", hall)
    return DeckOvenBox()
