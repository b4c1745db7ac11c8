"""The press-floor callbacks, registered when this module is imported."""

from __future__ import annotations

import logging

from .guarding import tally_calls, needs_pressings, when_ledger
from .hooks import on_mill_tick
from .pressbox import MillContext

log = logging.getLogger(__name__)


@on_mill_tick
@tally_calls
def push_press_heartbeat(ctx: MillContext) -> None:
    ctx.box.fetch("/heartbeat", method="POST", json={"mill": ctx.settings.mill})


@on_mill_tick
@needs_pressings
def turn_the_screw(ctx: MillContext) -> None:
    ctx.box.fetch("/screw/turn", method="POST", json={"quarter_turns": 2})


@on_mill_tick
@when_ledger("wassail_night_due")
def light_wassail_lamps(ctx: MillContext) -> None:
    ctx.box.fetch("/wassail/lamps", method="POST")


on_mill_tick(lambda ctx: ctx.box.fetch("/hopper/vent", method="POST") if ctx.ledger.mill_has_pressings() else None)
