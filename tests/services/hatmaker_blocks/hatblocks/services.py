"""The room's steps, each a function of the ``ctx`` dict."""

from __future__ import annotations

import logging
from typing import Any

from .cabinet import press_block
from .repository import HatOrder, mark_steamed, next_felt_season

log = logging.getLogger(__name__)

_STATS = {"steamed": 0}


def calibrate_blocks(ctx: dict[str, Any]) -> None:
    heats = ctx["settings"].block_heats
    for block, heat in sorted(heats.items(), key=lambda kv: kv[1]):
        press_block(ctx, block, dry_run=True, json={"heat": heat})


def steam_hat(ctx: dict[str, Any], order: HatOrder, heat: int) -> None:
    reply = press_block(ctx, order.block, json={"order": order.order_id, "heat": heat})
    if reply is not None and reply.ok:
        _STATS["steamed"] += 1
        mark_steamed(ctx, order.order_id)
    else:
        log.warning("order %s not pressed; it stays pending", order.order_id)


def steam_pending(ctx: dict[str, Any]) -> None:
    heats = ctx["settings"].block_heats
    pending: list[HatOrder] = ctx.get("pending", [])
    by_heat = {order.order_id: heats.get(order.material, 80) for order in pending}
    orders = {order.order_id: order for order in pending}
    for order_id, heat in sorted(by_heat.items(), key=lambda kv: kv[1]):
        steam_hat(ctx, orders[order_id], heat)
    pending.clear()


def post_steam_report(ctx: dict[str, Any]) -> None:
    if _STATS["steamed"] == 0:
        log.debug("nothing steamed yet; no report")
        return
    ctx["client"].fetch("/reports/steam", method="POST", json={"steamed": _STATS["steamed"]})


def drain_condensate(ctx: dict[str, Any]) -> None:
    ctx["client"].fetch("/cabinet/condensate", method="DELETE")


def change_season(ctx: dict[str, Any]) -> None:
    season = next_felt_season(ctx)
    ctx["client"].set_env_var("BLOCK_SEASON", season)
    log.info("cabinet set for %s season", season)
