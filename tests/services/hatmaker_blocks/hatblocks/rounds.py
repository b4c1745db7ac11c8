"""The room's start-up and its ten-minute steam round."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage

from .cabinet import read_pressure, summon_steam_cabinet
from .repository import felt_season_changeover, hats_awaiting_steam, steam_cabinet_warming
from .services import calibrate_blocks, change_season, drain_condensate, post_steam_report, steam_pending
from .settings import load_blocking_settings

log = logging.getLogger(__name__)

_CTX: dict[str, Any] = {}


def open_blocking_room(room: str) -> dict[str, Any]:
    settings = load_blocking_settings(room)
    _CTX.update(
        client=summon_steam_cabinet(room),
        settings=settings,
        pending=[],
        db=stowage.connect(settings.dsn),
        cache=kvbox.Cache(settings.cache_url),
    )
    return _CTX


def steam_round() -> None:
    ctx = _CTX
    read_pressure(ctx)
    calibrate_blocks(ctx)
    ctx["pending"].extend(hats_awaiting_steam(ctx))
    steam_pending(ctx)
    post_steam_report(ctx)
    if steam_cabinet_warming(ctx):
        drain_condensate(ctx)
    if felt_season_changeover(ctx):
        change_season(ctx)
    log.info("round done in %s", ctx.get("settings").room)
