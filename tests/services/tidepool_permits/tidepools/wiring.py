"""The app's state object, its dependency container and its event bus."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

log = logging.getLogger(__name__)


class TidepoolState:
    """Like ``starlette.datastructures.State``: attributes live in a private dict."""

    def __init__(self) -> None:
        super().__setattr__("_values", {})

    def __setattr__(self, key: str, value: Any) -> None:
        self._values[key] = value

    def __getattr__(self, key: str) -> Any:
        try:
            return self._values[key]
        except KeyError:
            raise AttributeError(key) from None


class TidepoolContainer:
    def __init__(self) -> None:
        self._factories: dict[str, Callable[[TidepoolContainer], Any]] = {}
        self._resolved: dict[str, Any] = {}

    def register(self, name: str, factory: Callable[[TidepoolContainer], Any]) -> None:
        self._factories[name] = factory

    def resolve(self, name: str) -> Any:
        try:
            return self._resolved[name]
        except KeyError:
            instance = self._resolved[name] = self._factories[name](self)
            return instance


class TidepoolEvents:
    def __init__(self) -> None:
        self._handlers: dict[str, list[Callable[[Any], Awaitable[None]]]] = {}

    def subscribe(self, topic: str, handler: Callable[[Any], Awaitable[None]]) -> None:
        self._handlers.setdefault(topic, []).append(handler)

    async def publish(self, topic: str, payload: Any) -> None:
        for handler in self._handlers.get(topic, []):
            await handler(payload)
