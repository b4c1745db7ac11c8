"""Decorators the callbacks are wrapped in, and the retry helper."""

from __future__ import annotations

import functools
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from .ledger import PressUnreachable
from .pressbox import MillContext

log = logging.getLogger(__name__)

CALLS: Counter[str] = Counter()


def tally_calls(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        CALLS[fn.__name__] += 1
        return fn(*args, **kwargs)

    return wrapper


def needs_pressings(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(ctx: MillContext, *args: Any, **kwargs: Any) -> Any:
        if not ctx.ledger.mill_has_pressings():
            log.debug("%s skipped: nothing in the press", fn.__name__)
            return None
        return fn(ctx, *args, **kwargs)

    return wrapper


def when_ledger(predicate: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Runs the callback only when the ledger's ``predicate()`` says so."""

    def decorate(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(ctx: MillContext, *args: Any, **kwargs: Any) -> Any:
            if not getattr(ctx.ledger, predicate)():
                return None
            return fn(ctx, *args, **kwargs)

        return wrapper

    return decorate


def retry_press_call(call: Callable[[], Any], attempts: int) -> Any:
    for attempt in range(1, attempts + 1):
        reply = call()
        if reply.ok:
            return reply
        log.warning("press answered %s (attempt %d of %d)", reply.status, attempt, attempts)
    raise PressUnreachable(f"no answer after {attempts} attempts")
