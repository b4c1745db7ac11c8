"""Repeater duties: keep the automatic repeaters in step while traffic is flowing."""

from __future__ import annotations

import logging

from ..registry import DutyContext, register

log = logging.getLogger(__name__)


@register("repeater")
def retime_busy_repeaters(ctx: DutyContext) -> None:
    if not ctx.ledger.relay_circuit_busy():
        log.debug("circuit at %s quiet; repeaters left alone", ctx.settings.station)
        return
    ctx.line.retime_repeaters(ctx.settings.repeater_count)
