"""A retry decorator factory for coroutines that talk to the vault controller."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import ParamSpec, TypeVar

from .controller import VaultControllerBusy

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


def retry(attempts: int = 3, delay: float = 0.1) -> Callable[[Callable[P, Awaitable[R]]], Callable[P, Awaitable[R]]]:
    def decorate(func: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[R]]:
        @functools.wraps(func)
        async def retrying(*args: P.args, **kwargs: P.kwargs) -> R:
            for attempt in range(1, attempts + 1):
                try:
                    return await func(*args, **kwargs)
                except VaultControllerBusy as exc:
                    if attempt == attempts:
                        log.error("%s gave up after %d attempts: %s", func.__qualname__, attempts, exc)
                        raise
                    log.warning("%s attempt %d failed: %s", func.__qualname__, attempt, exc)
                    await asyncio.sleep(delay)
            raise AssertionError("unreachable")

        return retrying

    return decorate
