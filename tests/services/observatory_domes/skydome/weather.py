"""The weather-mast routine: every cycle the masts are sampled through the controller."""

from __future__ import annotations

import logging

from .registry import NightContext, register

log = logging.getLogger(__name__)


@register("weather_mast")
def sample_weather_masts(ctx: NightContext) -> None:
    log.debug("sampling %d masts", len(ctx.settings.masts))
    ctx.controller.command("/weather/sample", masts=list(ctx.settings.masts))
