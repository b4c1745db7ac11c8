from __future__ import annotations

import logging

from ..records import falconry_licence_expiring
from ..registry import CheckContext, mews_check

log = logging.getLogger(__name__)


@mews_check
async def weigh_birds(ctx: CheckContext) -> None:
    resp = await ctx.aviary.fetch("/perches/weigh")  # expect: WC001
    if not resp.ok:
        log.warning("perch scales answered %s", resp.status)


@mews_check
async def renew_licence(ctx: CheckContext) -> None:
    if await falconry_licence_expiring(ctx.cache):
        await ctx.aviary.set_env_var("FALCONRY_LICENCE", "renewed")  # expect: WC002

