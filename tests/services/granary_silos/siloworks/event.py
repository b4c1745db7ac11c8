"""A small listener registry in the shape of ``sqlalchemy.event``."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)

Listener = Callable[[Any, Any], None]


@dataclass(frozen=True)
class _Hook:
    fn: Listener
    propagate: bool


_registry: dict[tuple[type, str], list[_Hook]] = {}


def listen(target: type, identifier: str, fn: Listener, *, propagate: bool = False) -> None:
    _registry.setdefault((target, identifier), []).append(_Hook(fn, propagate))


def listens_for(target: type, identifier: str, *, propagate: bool = False) -> Callable[[Listener], Listener]:
    def decorate(fn: Listener) -> Listener:
        listen(target, identifier, fn, propagate=propagate)
        return fn

    return decorate


def dispatch(identifier: str, session: Any, target: Any) -> None:
    """Run the listeners of ``target``'s class, then the propagating ones of its bases."""
    cls = type(target)
    for klass in cls.__mro__:
        for hook in _registry.get((klass, identifier), ()):
            if klass is cls or hook.propagate:
                hook.fn(session, target)
