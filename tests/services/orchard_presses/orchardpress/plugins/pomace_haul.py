"""Hauls spent pomace off the press floor while a pressing runs."""

from __future__ import annotations

import logging

from orchardpress import OrchardPressHub, PressContext
from orchardpress.repository import PressHouseError

log = logging.getLogger(__name__)

TONNES_PER_HAUL = 2


def haul_spent_pomace(ctx: PressContext) -> None:
    if not ctx.ledger.press_house_pressing_now():
        return
    ctx.service.haul_pomace(TONNES_PER_HAUL)
    try:
        ctx.ledger.record_haul(TONNES_PER_HAUL)
    except PressHouseError:
        log.warning("haul on %s not recorded", ctx.settings.orchard)


def register(hub: OrchardPressHub) -> None:
    hub.add_tick_hook("pomace-haul", haul_spent_pomace)
