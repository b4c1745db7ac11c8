"""The command handlers, keyed by the command's class."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .commands import ReseasonTimber, ShrinkTyre, SweepShavings, TrueSpokes, WheelCommand
from .stand import WheelShopError, truing_stand

log = logging.getLogger(__name__)


class TimberRack:
    """Counts reseasoned racks until the shop syncs its timber stock."""

    reseasoned_total = 0
    racks_turned: list[str] = []


def true_spokes(cmd: TrueSpokes) -> None:
    reply = truing_stand().fetch(f"/wheels/{cmd.order_id}/true", method="POST", json={"spokes": cmd.spokes})
    if not reply.ok:
        raise WheelShopError(f"wheel {cmd.order_id} would not true")


def shrink_tyre(cmd: ShrinkTyre) -> None:
    truing_stand().fetch(f"/bays/{cmd.bay}/tyres/shrink", method="POST", json={"heats": cmd.heats})


def reseason_timber(cmd: ReseasonTimber) -> None:
    truing_stand().fetch(f"/racks/{cmd.rack}/reseason", method="POST")
    TimberRack.reseasoned_total += 1
    TimberRack.racks_turned.append(cmd.rack)


def sweep_shavings(cmd: SweepShavings) -> None:
    reply = truing_stand().fetch(f"/bays/{cmd.bay}/sweep", method="POST")
    if not reply.ok:
        log.warning("shavings left in %s", cmd.bay)


HANDLERS: dict[type[WheelCommand], Callable[[Any], None]] = {
    TrueSpokes: true_spokes,
    ShrinkTyre: shrink_tyre,
    ReseasonTimber: reseason_timber,
    SweepShavings: sweep_shavings,
}
