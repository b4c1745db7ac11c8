"""The hat orders (a database) and the room's season (a cache)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HatOrder:
    order_id: str
    material: str
    block: str


def hats_awaiting_steam(ctx: dict[str, Any]) -> list[HatOrder]:
    rows = ctx["db"].fetch_all("SELECT order_id, material, block FROM hat_orders WHERE state = 'blocking'")
    return [HatOrder(row.get("order_id", "?"), row.get("material", "felt"), row.get("block", "crown")) for row in rows]


def steam_cabinet_warming(ctx: dict[str, Any]) -> bool:
    return ctx["db"].fetch_value("SELECT count(*) FROM cabinet_cycles WHERE finished_at IS NULL") > 0


def felt_season_changeover(ctx: dict[str, Any]) -> bool:
    return ctx["cache"].get(f"hatblocks:{ctx['settings'].room}:season-change") is not None


def next_felt_season(ctx: dict[str, Any]) -> str:
    return ctx["cache"].get(f"hatblocks:{ctx['settings'].room}:next-season") or "felt"


def mark_steamed(ctx: dict[str, Any], order_id: str) -> None:
    ctx["cache"].set(f"hatblocks:steamed:{order_id}", "1", ttl=86400)
