"""Press warm-up, one class per render mode; the settings choose which."""

from __future__ import annotations

import logging

from .context import KioskContext
from .kinds import RenderMode

log = logging.getLogger(__name__)


class PreviewWarmer:
    def warm(self, ctx: KioskContext) -> None:
        if not ctx.repo.kiosk_has_pending_orders():
            log.debug("no pending orders; the preview cache stays cold")
            return
        ctx.press.fetch("/warm/preview", method="POST")


class FullRenderWarmer:
    def warm(self, ctx: KioskContext) -> None:
        ctx.press.fetch("/warm/full", method="POST", json={"limit": ctx.settings.reprint_limit})


WARMERS: dict[RenderMode, type[PreviewWarmer] | type[FullRenderWarmer]] = {
    RenderMode.PREVIEW: PreviewWarmer,
    RenderMode.FULL: FullRenderWarmer,
}
