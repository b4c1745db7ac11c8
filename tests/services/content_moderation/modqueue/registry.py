"""Registries the handler, job and probe modules fill as they are imported."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

log = logging.getLogger(__name__)

Handler = Callable[..., Awaitable[None]]
C = TypeVar("C", bound=type)

ROUTES: dict[str, Handler] = {}
SCHEDULE: list[Periodic] = []
PROBES: list[type[Any]] = []


@dataclass(frozen=True)
class Periodic:
    name: str
    seconds: int
    run: Handler


def route(kind: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        if kind in ROUTES:
            raise ValueError(f"route {kind!r} registered twice")
        ROUTES[kind] = handler
        return handler

    return register


def every(seconds: int) -> Callable[[Handler], Handler]:
    def register(job: Handler) -> Handler:
        SCHEDULE.append(Periodic(job.__name__, seconds, job))
        return job

    return register


def probe(order: int) -> Callable[[C], C]:
    def register(cls: C) -> C:
        cls.order = order
        position = sum(1 for known in PROBES if known.order <= order)
        PROBES.insert(position, cls)
        return cls

    return register
