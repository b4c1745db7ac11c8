"""The handler registry, filled by ``@register`` as handler modules are imported."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

Handler = Callable[[Any], Awaitable[None]]

HANDLERS: list[Handler] = []
KINDS: set[str] = set()


def register(kind: str) -> Callable[[Handler], Handler]:
    def decorate(handler: Handler) -> Handler:
        if kind in KINDS:
            raise ValueError(f"two handlers for {kind}")
        KINDS.add(kind)
        HANDLERS.append(handler)
        return handler

    return decorate
