"""An in-process event bus: handlers by topic, called in the order they subscribed."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

PressHandler = Callable[[Any], None]


class PressBus:
    def __init__(self) -> None:
        self._handlers: dict[str, list[PressHandler]] = {}

    def subscribe(self, topic: str, handler: PressHandler) -> None:
        self._handlers.setdefault(topic, []).append(handler)

    def publish(self, topic: str, payload: Any) -> int:
        handlers = self._handlers.get(topic, [])
        for handler in handlers:
            handler(payload)
        return len(handlers)
