"""The shutter watch: close the shutter on gusts while a run is observing."""

from __future__ import annotations

import logging

from .registry import NightContext, register

log = logging.getLogger(__name__)


@register("shutter_watch")
def close_shutter_on_gusts(ctx: NightContext) -> None:
    gusty = sorted(filter(ctx.ledger.gust_alert, ctx.settings.masts))
    if not gusty:
        return
    log.info("gust alert on %s", ", ".join(gusty))
    if ctx.ledger.observing_run_in_progress():
        ctx.controller.command("/shutter/close", reason="wind", masts=gusty)
