"""The platen-press container, rented once per shop (the factory is memoised)."""

from __future__ import annotations

import functools
import logging
from typing import Any

log = logging.getLogger(__name__)


class PlatenBox:
    """The platform's container stub for the shop's platen presses."""

    def __init__(self, shop: str) -> None:
        self.shop = shop

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def platen_label(self) -> str:
        return f"platen/{self.shop}"


@functools.lru_cache(maxsize=None)
def rent_platen_box(shop: str) -> PlatenBox:
    log.info("renting the platen box for %s", shop)
    return PlatenBox(shop)
