"""What the keeper does, by name. The tables are filled when this module is imported."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

from .logbook import KeeperContext

log = logging.getLogger(__name__)

Handler = Callable[[KeeperContext], None]


def check_lamp(ctx: KeeperContext) -> None:
    ctx.lantern.post("/lamp/check")  # expect: WC001


def check_battery(ctx: KeeperContext) -> None:
    ctx.lantern.post("/battery/state")  # expect: WC001


def inspect_optics(ctx: KeeperContext, part: str) -> None:
    ctx.lantern.post(f"/optics/{part}/inspect")  # expect: WC001


def sound_foghorn(ctx: KeeperContext) -> None:
    ctx.lantern.post("/foghorn/sound")


def dim_for_traffic(ctx: KeeperContext) -> None:
    ctx.lantern.post("/lamp/dim", json={"character": ctx.light_character})


def replace_bulb(ctx: KeeperContext) -> None:
    ctx.lantern.post("/lamp/changer/rotate")


def wipe_glazing(ctx: KeeperContext) -> None:
    ctx.lantern.post("/glazing/wipe")


def calibrate_lens(ctx: KeeperContext) -> None:
    ctx.lantern.post("/lens/calibrate")  # expect: WC002


def write_log(ctx: KeeperContext) -> None:
    try:
        ctx.logbook.note("routine check")
    except Exception:
        log.warning("logbook unavailable")


ROUTINE: dict[str, Handler] = {}
ROUTINE["lamp"] = check_lamp
ROUTINE.update({"battery": check_battery, "log": write_log})
for _part in ("lens", "shutters"):
    ROUTINE[f"optics-{_part}"] = functools.partial(inspect_optics, part=_part)

TRAFFIC: dict[str, Handler] = {"foghorn": sound_foghorn, "dim": dim_for_traffic}

MAINTENANCE: dict[str, Handler] = dict(bulb=replace_bulb, glazing=wipe_glazing)
MAINTENANCE["calibrate"] = calibrate_lens
