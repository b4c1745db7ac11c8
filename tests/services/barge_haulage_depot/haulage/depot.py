"""The dispatcher: its round runs every ten minutes; ``open_depot`` is the start-up."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .pipeline import (
    HarnessDispatchHandler,
    LanternLightingMiddleware,
    NextHandler,
    RoundTimingMiddleware,
    StableBeaconMiddleware,
    TowRequestGate,
    TowRoundContext,
    build_tow_pipeline,
)
from .repository import TowOrderRepository
from .settings import DepotSettings
from .stables import StableClient

log = logging.getLogger(__name__)


class HaulageDispatcher:
    def __init__(self, canal: str, pipeline: NextHandler) -> None:
        self.canal = canal
        self._pipeline = pipeline
        self._rounds = 0

    def dispatch_round(self) -> None:
        self._rounds += 1
        ctx = TowRoundContext(canal=self.canal, round_no=self._rounds)
        self._pipeline(ctx)
        if ctx.failures:
            log.warning("round %d: %d harness records failed", ctx.round_no, ctx.failures)
        log.info("round %d harnessed %d horses", ctx.round_no, len(ctx.harnessed))


def open_depot(canal: str) -> HaulageDispatcher:
    settings = DepotSettings.from_env(canal)
    repo = TowOrderRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.canal)
    stable = StableClient(settings.canal)
    log.info("depot open at the %s stable", stable.box.stable_name())
    pipeline = build_tow_pipeline([
        RoundTimingMiddleware(repo, stable, settings.slow_round_seconds),
        StableBeaconMiddleware(stable),
        TowRequestGate(repo),
        LanternLightingMiddleware(stable),
        HarnessDispatchHandler(repo, stable),
    ])
    return HaulageDispatcher(settings.canal, pipeline)
