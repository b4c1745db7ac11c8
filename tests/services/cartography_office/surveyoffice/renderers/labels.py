"""Place-name labels: one gazetteer edit redrawn on its sheet."""

from __future__ import annotations

import logging

from ..models import PlaceNameEdit, SheetRenderError
from ..plugins import RenderContext

log = logging.getLogger(__name__)


async def render(ctx: RenderContext, edit: PlaceNameEdit) -> None:
    reply = await ctx.client.box.render_layer("labels", edit.sheet_id, text=edit.place_name)
    if not reply.ok:
        raise SheetRenderError(f"label {edit.place_name!r} on {edit.sheet_id} refused")
    ctx.slot.layers_drawn += 1
    log.info("relabelled %s on %s", edit.place_name, edit.sheet_id)
