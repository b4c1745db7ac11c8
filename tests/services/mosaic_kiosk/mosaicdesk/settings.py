"""Kiosk settings, read from the environment once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

from .kinds import RenderMode


@dataclass(frozen=True)
class KioskSettings:
    kiosk: str
    dsn: str
    cache_url: str
    press_image: str = "mosaic-press:3"
    render_mode: RenderMode = RenderMode.PREVIEW
    reprint_limit: int = 3

    @classmethod
    def from_env(cls, kiosk: str) -> KioskSettings:
        mode = RenderMode.FULL if envknobs.switch("MOSAIC_FULL_RENDER") else RenderMode.PREVIEW
        return cls(
            kiosk=kiosk,
            dsn=envknobs.text("MOSAIC_DSN", "postgres://kiosk/mosaic"),
            cache_url=envknobs.text("MOSAIC_CACHE", "redis://kiosk"),
            press_image=envknobs.text("MOSAIC_PRESS_IMAGE", "mosaic-press:3"),
            render_mode=mode,
            reprint_limit=envknobs.number("MOSAIC_REPRINT_LIMIT", 3),
        )
