"""A small in-process event emitter."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

ChimeListener = Callable[..., None]


class ChimeEmitter:
    def __init__(self) -> None:
        self._listeners: dict[str, list[ChimeListener]] = {}
        self._subscribers: weakref.WeakSet[Any] = weakref.WeakSet()

    def on(self, name: str, fn: ChimeListener) -> ChimeListener:
        self._listeners.setdefault(name, []).append(fn)
        owner = getattr(fn, "__self__", None)
        if owner is not None:
            self._subscribers.add(owner)
        log.debug("listener %s on %r", getattr(fn, "__qualname__", fn), name)
        return fn

    def emit(self, name: str, *args: Any) -> int:
        listeners = list(self._listeners.get(name, ()))
        for fn in listeners:
            fn(*args)
        return len(listeners)

    def subscriber_count(self) -> int:
        return len(self._subscribers)
