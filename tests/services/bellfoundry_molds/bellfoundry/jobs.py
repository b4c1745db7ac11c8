"""Foundry jobs and the desk that dispatches them to handlers registered by kind."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, ClassVar, TypeVar

from .errors import FoundryError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FoundryJob:
    kind: str
    mold_id: str


JobHandler = Callable[[Any, FoundryJob], Awaitable[None]]
H = TypeVar("H", bound=JobHandler)


class JobDesk:
    """Base of the pollers that run jobs; ``@handles(kind)`` fills ``handlers``."""

    handlers: ClassVar[dict[str, JobHandler]] = {}


def handles(kind: str) -> Callable[[H], H]:
    def register(func: H) -> H:
        if kind in JobDesk.handlers:
            raise FoundryError(f"two handlers for {kind!r}")
        JobDesk.handlers[kind] = func
        log.debug("handler for %s: %s", kind, func.__qualname__)
        return func

    return register
