"""The dispatch pipeline: middleware classes linked with ``functools.reduce``."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import reduce
from typing import Protocol

import stowage

from .repository import TowOrderRepository
from .stables import StableClient

log = logging.getLogger(__name__)


@dataclass
class TowRoundContext:
    """Mutable: every handler reads and fills it as the round goes down the chain."""

    canal: str
    round_no: int
    started: float = 0.0
    elapsed: float = 0.0
    halted_by: str | None = None
    harnessed: list[str] = field(default_factory=list)
    failures: int = 0


NextHandler = Callable[[TowRoundContext], None]


class TowHandler(Protocol):
    def __call__(self, ctx: TowRoundContext, next_handler: NextHandler) -> None: ...


def end_of_towpath(ctx: TowRoundContext) -> None:
    log.debug("round %d reached the end of the towpath", ctx.round_no)


def build_tow_pipeline(handlers: Sequence[TowHandler], terminal: NextHandler = end_of_towpath) -> NextHandler:
    def link(downstream: NextHandler, handler: TowHandler) -> NextHandler:
        def step(ctx: TowRoundContext) -> None:
            handler(ctx, downstream)

        return step

    return reduce(link, reversed(handlers), terminal)


class RoundTimingMiddleware:
    """Always logs the round's duration; reports it to the stable only for the farrier."""

    def __init__(self, repo: TowOrderRepository, stable: StableClient, slow_seconds: float) -> None:
        self.repo = repo
        self.stable = stable
        self.slow_seconds = slow_seconds

    def __call__(self, ctx: TowRoundContext, next_handler: NextHandler) -> None:
        ctx.started = time.perf_counter()
        try:
            next_handler(ctx)
        finally:
            ctx.elapsed = time.perf_counter() - ctx.started
            level = logging.WARNING if ctx.elapsed > self.slow_seconds else logging.INFO
            log.log(level, "tow round %d took %.3fs (halted by %s)", ctx.round_no, ctx.elapsed, ctx.halted_by)
            if self.repo.farrier_inspection_due():
                self.stable.box.fetch(self.stable.path("farrier", "round-times"), method="POST", json={"elapsed": ctx.elapsed})


class StableBeaconMiddleware:
    """Tells the stable the depot is alive, every round, before anything is checked."""

    def __init__(self, stable: StableClient) -> None:
        self.stable = stable

    def __call__(self, ctx: TowRoundContext, next_handler: NextHandler) -> None:
        self.stable.box.fetch(self.stable.path("beacon"), method="PUT", json={"round": ctx.round_no})
        next_handler(ctx)


class TowRequestGate:
    """Stops the round here when no barge is waiting for a tow."""

    def __init__(self, repo: TowOrderRepository) -> None:
        self.repo = repo

    def __call__(self, ctx: TowRoundContext, next_handler: NextHandler) -> None:
        if not self.repo.barges_waiting_for_tow():
            ctx.halted_by = type(self).__name__
            log.info("no barges waiting on the %s canal", ctx.canal)
            return
        next_handler(ctx)


class LanternLightingMiddleware:
    def __init__(self, stable: StableClient) -> None:
        self.stable = stable

    def __call__(self, ctx: TowRoundContext, next_handler: NextHandler) -> None:
        self.stable.box.fetch(self.stable.path("towpath", "lanterns"), method="PUT", json={"lit": True})
        next_handler(ctx)


class HarnessDispatchHandler:
    """The final handler: harnesses a horse for each order, then tallies the round."""

    def __init__(self, repo: TowOrderRepository, stable: StableClient) -> None:
        self.repo = repo
        self.stable = stable

    def __call__(self, ctx: TowRoundContext, next_handler: NextHandler) -> None:
        for order in self.repo.unharnessed_tow_orders():
            self.stable.box.fetch(self.stable.path("horses", order.horse, "harness"), method="POST", json={"barge": order.barge})
            try:
                self.repo.mark_harnessed(order.order_id)
            except stowage.StowageError:
                ctx.failures += 1
                log.warning("order %s harnessed but not recorded", order.order_id)
                continue
            ctx.harnessed.append(order.order_id)
        if ctx.harnessed:
            self.stable.box.fetch(self.stable.path("tally"), method="POST", json={"orders": len(ctx.harnessed)})
        next_handler(ctx)
