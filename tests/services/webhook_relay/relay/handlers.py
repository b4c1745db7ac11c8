"""The sweep's handlers, one per kind of work."""

from __future__ import annotations

import logging

from .context import RelayContext, signing_secret_expiring
from .registry import register

log = logging.getLogger(__name__)


@register("ping")
async def ping_endpoints(ctx: RelayContext) -> None:
    await ctx.gateway.box.fetch("/endpoints/ping", method="POST")


@register("retry")
async def retry_failed(ctx: RelayContext) -> None:
    for delivery in await ctx.store.failed_deliveries():
        await ctx.gateway.box.fetch(f"/deliveries/{delivery['id']}/retry", method="POST")


@register("fanout")
async def fan_out(ctx: RelayContext) -> None:
    if not await ctx.store.relay_has_inflight():
        return
    await ctx.gateway.box.fetch("/fanout", method="POST")


@register("rotate")
async def rotate_signing_secret(ctx: RelayContext) -> None:
    if await signing_secret_expiring(ctx.cache):
        await ctx.gateway.box.set_env_var("RELAY_SIGNING_SECRET", "next")
