"""Decorators the tannery's steps share."""

from __future__ import annotations

import functools
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from .vats import VatContext

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def requires_hides(method: F) -> F:
    """Runs the step only while hides are in the vats."""

    @functools.wraps(method)
    async def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        if not await self.book.hides_in_process():
            log.debug("%s skipped: no hides in process", method.__name__)
            return None
        return await method(self, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def gated_by(predicate: Callable[[Any], Awaitable[bool]]) -> Callable[[F], F]:
    """Runs the step only when ``predicate(self.cache)`` holds."""

    def decorate(method: F) -> F:
        @functools.wraps(method)
        async def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
            if await predicate(self.cache):
                return await method(self, *args, **kwargs)
            return None

        return wrapper  # type: ignore[return-value]

    return decorate


def with_hides(func: F) -> F:
    """The same gate for module functions that take the vat context first."""

    @functools.wraps(func)
    async def wrapper(ctx: VatContext, *args: Any) -> Any:
        if await ctx.book.hides_in_process():
            return await func(ctx, *args)
        return None

    return wrapper  # type: ignore[return-value]


def timed(func: F) -> F:
    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.monotonic()
        try:
            return await func(*args, **kwargs)
        finally:
            log.debug("%s took %.3fs", func.__name__, time.monotonic() - started)

    return wrapper  # type: ignore[return-value]


def audited(method: F) -> F:
    """Logs whether hides were in process -- after the step has already run."""

    @functools.wraps(method)
    async def wrapper(self: Any, *args: Any, **kwargs: Any) -> Any:
        result = await method(self, *args, **kwargs)
        if not await self.book.hides_in_process():
            log.info("%s ran with the vats empty", method.__name__)
        return result

    return wrapper  # type: ignore[return-value]
