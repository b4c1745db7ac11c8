"""A small service locator and an event bus, as the web app's extensions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)


class HerbariumLocator:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[HerbariumLocator], Any]] = {}
        self._instances: dict[str, Any] = {}

    def register(self, name: str, factory: Callable[[HerbariumLocator], Any]) -> None:
        self._factories[name] = factory

    def resolve(self, name: str) -> Any:
        if name not in self._instances:
            log.debug("building service %s", name)
            self._instances[name] = self._factories[name](self)
        return self._instances[name]


class HerbariumBus:
    def __init__(self) -> None:
        self._subscribers: dict[str, list[Callable[[Any], None]]] = {}

    def subscribe(self, topic: str, handler: Callable[[Any], None]) -> None:
        self._subscribers.setdefault(topic, []).append(handler)

    def publish(self, topic: str, payload: Any) -> None:
        for handler in list(self._subscribers.get(topic, ())):
            handler(payload)
