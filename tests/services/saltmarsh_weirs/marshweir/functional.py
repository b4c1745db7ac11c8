"""The little functional toolkit the marsh team reaches for."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import reduce, wraps
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


class MarshWeirError(Exception):
    """A call to the weir controller did not go through."""


def compose(*fs: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """compose(f, g)(x) == f(g(x))."""
    return reduce(lambda f, g: lambda x: f(g(x)), fs)


def pipe(initial: T, steps: tuple[Callable[[Any], Any], ...]) -> Any:
    return reduce(lambda acc, f: f(acc), steps, initial)


def retry(times: int) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def decorate(fn: Callable[..., T]) -> Callable[..., T]:
        @wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> T:
            last: MarshWeirError | None = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except MarshWeirError as exc:
                    log.info("attempt %d of %s failed: %s", attempt + 1, fn.__name__, exc)
                    last = exc
            assert last is not None
            raise last

        return wrapper

    return decorate


def only_if(predicate: Callable[[Any], bool]) -> Callable[[Callable[..., None]], Callable[..., None]]:
    def decorate(fn: Callable[..., None]) -> Callable[..., None]:
        @wraps(fn)
        def wrapper(self: Any, *args: Any, **kwargs: Any) -> None:
            if not predicate(self):
                log.debug("%s skipped", fn.__name__)
                return None
            return fn(self, *args, **kwargs)

        return wrapper

    return decorate


def tap(side: Callable[[T], object]) -> Callable[[T], T]:
    def step(value: T) -> T:
        side(value)
        return value

    return step
