"""Tick callbacks: modules register them at import time, the overseer runs them."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .pressbox import MillContext

log = logging.getLogger(__name__)

_MILL_CALLBACKS: list[Callable[[MillContext], Any]] = []


def on_mill_tick(fn: Callable[[MillContext], Any]) -> Callable[[MillContext], Any]:
    _MILL_CALLBACKS.append(fn)
    return fn


def run_mill_callbacks(ctx: MillContext) -> int:
    ran = 0
    for callback in _MILL_CALLBACKS:
        callback(ctx)
        ran += 1
    log.debug("%d mill callbacks ran", ran)
    return ran
