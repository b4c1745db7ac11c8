"""Periodic jobs."""

from __future__ import annotations

import logging

from .queue import ModerationContext, policy_bundle_reissued
from .registry import every

log = logging.getLogger(__name__)


@every(300)
async def purge_overturned(ctx: ModerationContext) -> None:
    for appeal in await ctx.queue.appealed_decisions():
        await ctx.box.fetch(f"/decisions/{appeal.item_id}/purge", method="DELETE")


@every(3600)
async def reload_policies(ctx: ModerationContext) -> None:
    if await policy_bundle_reissued(ctx.cache):
        await ctx.box.set_env_var("POLICY_BUNDLE", "reissued")
