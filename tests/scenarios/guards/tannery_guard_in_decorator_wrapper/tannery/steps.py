"""Module-level steps that take the vat context."""

from __future__ import annotations

from .decorators import timed, with_hides
from .vats import VatContext


@with_hides
async def top_up_tannin(ctx: VatContext, litres: int) -> None:
    await ctx.controller.fetch("/tannin/top-up", method="POST", json={"litres": litres})


@timed
async def read_ph(ctx: VatContext) -> None:
    await ctx.controller.fetch("/ph")  # expect: WC001


async def unload(ctx: VatContext, drum_id: str) -> None:
    await ctx.controller.fetch(f"/drums/{drum_id}/unload", method="POST")
