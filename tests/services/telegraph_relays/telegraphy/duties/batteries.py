"""Battery-room duties: the gravity cells that power the line."""

from __future__ import annotations

import logging

from ..registry import DutyContext, register

log = logging.getLogger(__name__)


@register("battery")
def read_battery_room(ctx: DutyContext) -> None:
    reading = ctx.line.read_battery_voltage()
    log.info("battery room at %s: %s", ctx.settings.station, reading.json())


@register("arrester_test")
def test_lightning_arrester(ctx: DutyContext) -> None:
    """Kept for stations on exposed ridges; no default duty list names it."""
    ctx.line.box.fetch(f"/stations/{ctx.settings.station}/arrester", method="POST")
