"""Reports the day's pressed litres to the bay on every tick."""

from __future__ import annotations

import logging

from orchardpress import OrchardPressHub, PressContext

log = logging.getLogger(__name__)


def tally_juice(ctx: PressContext) -> None:
    litres = ctx.ledger.litres_pressed_today()
    log.debug("tick %d: %d litres pressed", ctx.tick_no, litres)
    ctx.service.report_tally(litres)


def register(hub: OrchardPressHub) -> None:
    hub.add_tick_hook("juice-tally", tally_juice)
