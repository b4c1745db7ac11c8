"""Lights the orchard rows' lanterns on a frost-pick night."""

from __future__ import annotations

import logging

from orchardpress import OrchardPressHub, PressContext, frost_pick_night_declared

log = logging.getLogger(__name__)

LANTERN_ROWS = 12


def watch_for_frost(ctx: PressContext) -> None:
    if frost_pick_night_declared(ctx.cache):
        log.info("frost pick tonight in %s", ctx.settings.orchard)
        ctx.service.light_frost_lanterns(LANTERN_ROWS)


def register(hub: OrchardPressHub) -> None:
    hub.add_tick_hook("frost-watch", watch_for_frost)
