"""Shutdown hooks: a module list, run newest first when the bridge closes."""

from __future__ import annotations

import logging
from collections.abc import Callable

from .gantry import GantryFault

log = logging.getLogger(__name__)

ShutdownHook = Callable[[], object]

_SPAN_SHUTDOWN_HOOKS: list[ShutdownHook] = []


def on_span_shutdown(hook: ShutdownHook) -> ShutdownHook:
    _SPAN_SHUTDOWN_HOOKS.append(hook)
    return hook


def run_span_shutdown_hooks() -> int:
    ran = 0
    for hook in reversed(_SPAN_SHUTDOWN_HOOKS):
        try:
            hook()
        except GantryFault as exc:
            log.warning("shutdown hook %s failed: %s", getattr(hook, "__qualname__", hook), exc)
            continue
        ran += 1
    return ran


@on_span_shutdown
def _announce_closure() -> None:
    log.warning("toll bridge closing on the harbour master's order")
