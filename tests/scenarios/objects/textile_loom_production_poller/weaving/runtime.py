"""Process-wide state, set once by ``init`` at start-up."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .looms import open_loom_controller
from .orders import WeaveOrders
from .settings import ShedSettings

log = logging.getLogger(__name__)

_climate: Any = None
_orders: WeaveOrders | None = None
_cache: kvbox.Cache | None = None


def init(settings: ShedSettings) -> None:
    global _climate, _orders, _cache
    _climate = open_loom_controller(settings, "climate")
    _orders = WeaveOrders(stowage.connect(settings.dsn))
    _cache = kvbox.Cache(settings.cache_url)
    log.info("shed runtime ready")


def climate() -> Any:
    if _climate is None:
        raise RuntimeError("weaving.runtime.init() was not called")
    return _climate


def orders() -> WeaveOrders:
    if _orders is None:
        raise RuntimeError("weaving.runtime.init() was not called")
    return _orders


def cache() -> kvbox.Cache:
    if _cache is None:
        raise RuntimeError("weaving.runtime.init() was not called")
    return _cache
