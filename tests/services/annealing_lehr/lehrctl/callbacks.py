"""Callback factories, the belt's action table, and the retry decorator."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from .boxes import LehrReplyError, lehr

log = logging.getLogger(__name__)

R = TypeVar("R")


def make_heartbeat(box: Any, line: str) -> Callable[[], None]:
    def heartbeat() -> None:
        box.fetch("/heartbeat", method="POST", json={"line": line})

    return heartbeat


def make_tick_logger(line: str) -> Callable[[], None]:
    def log_tick() -> None:
        log.debug("tick on %s", line)

    return log_tick


def build_actions() -> dict[str, Callable[[], Any]]:
    return {
        "idle": lambda: None,
        "loaded": lambda: lehr().fetch("/belt/advance", method="POST"),
        "cooling": lambda: log.info("lehr cooling down"),
    }


def with_retries(attempts: int) -> Callable[[Callable[..., R]], Callable[..., R]]:
    def decorate(fn: Callable[..., R]) -> Callable[..., R]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> R:
            attempt = 0
            while True:
                try:
                    return fn(*args, **kwargs)
                except LehrReplyError:
                    attempt += 1
                    if attempt >= attempts:
                        raise
                    log.warning("%s refused, attempt %d", fn.__name__, attempt)

        return wrapper

    return decorate
