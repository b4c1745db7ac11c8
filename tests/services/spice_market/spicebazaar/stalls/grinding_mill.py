"""Grinds the booked spices, one run per spice, and sweeps the hopper after."""

from __future__ import annotations

import itertools
import logging
from operator import attrgetter

from ..context import StallContext
from ..registry import StallRegistry

log = logging.getLogger(__name__)


def grind_booked_spices(ctx: StallContext) -> None:
    ground = 0
    with ctx.ledger.cursor() as cursor:
        bookings = sorted(cursor.mill_bookings_due())
        for spice, runs in itertools.groupby(bookings, key=attrgetter("spice")):
            kilos = sum(booking.kilos for booking in runs)
            ctx.booths.grind(spice, kilos)
            cursor.record_grind(spice, kilos)
            ground += kilos
    if ground:
        log.info("mill at %s ground %d kg", ctx.settings.market, ground)
        ctx.booths.sweep_hopper(ground)


def register(registry: StallRegistry) -> None:
    registry.register("grinding_mill", grind_booked_spices)
