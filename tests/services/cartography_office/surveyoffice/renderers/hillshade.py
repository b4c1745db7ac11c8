"""Hill shading of a revised sheet."""

from __future__ import annotations

import logging

from ..models import Sheet, SheetRenderError
from ..plugins import RenderContext

log = logging.getLogger(__name__)


async def render(ctx: RenderContext, sheet: Sheet) -> None:
    reply = await ctx.client.box.render_layer("hillshade", sheet.sheet_id, azimuth=315, scale=sheet.scale)
    if not reply.ok:
        raise SheetRenderError(f"hillshade of {sheet.sheet_id} refused")
    ctx.slot.layers_drawn += 1
