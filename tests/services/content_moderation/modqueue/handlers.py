"""Route handlers: one per kind of queued item."""

from __future__ import annotations

import logging

from .queue import ModerationContext
from .registry import route

log = logging.getLogger(__name__)


@route("image")
async def classify_images(ctx: ModerationContext, batch: list[str]) -> None:
    if batch:
        await ctx.box.fetch("/classify/images", method="POST", json={"ids": batch})


@route("text")
async def classify_text(ctx: ModerationContext, batch: list[str]) -> None:
    if batch:
        await ctx.box.fetch("/classify/text", method="POST", json={"ids": batch})


@route("appeal")
async def rereview_appeals(ctx: ModerationContext, batch: list[str]) -> None:
    for appeal in await ctx.queue.appealed_decisions():
        await ctx.box.fetch(f"/appeals/{appeal.appeal_id}/rereview", method="POST")
