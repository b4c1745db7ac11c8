"""Hooks around the handlers: pre-hooks run first, post-hooks last."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

import telemetry

from .context import RelayContext

log = logging.getLogger(__name__)

Hook = Callable[[RelayContext], Awaitable[Any]]

SWEEPS = telemetry.Counter("relay_sweeps")


async def check_gateway(ctx: RelayContext) -> None:
    await ctx.gateway.box.fetch("/ready")
    log.debug("gateway %s", ctx.gateway.box.version())


async def count_sweep(ctx: RelayContext) -> None:
    SWEEPS.inc()


async def record_metrics(ctx: RelayContext) -> None:
    log.info("sweeps so far: %d", SWEEPS.value)


async def drain_dead_letters(ctx: RelayContext) -> None:
    if ctx.settings.drain_dead_letters and await ctx.store.dead_letter_count() > 0:
        await ctx.gateway.box.fetch("/dead-letters/drain", method="POST")


PRE_HOOKS: list[Hook] = []
PRE_HOOKS.extend([count_sweep])
PRE_HOOKS.insert(0, check_gateway)

POST_HOOKS: dict[str, Hook] = {}
POST_HOOKS["metrics"] = record_metrics
POST_HOOKS.update(drain=drain_dead_letters)
