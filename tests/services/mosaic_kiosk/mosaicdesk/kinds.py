"""The enums the kiosk dispatches on."""

from __future__ import annotations

import enum


class RenderMode(enum.Enum):
    PREVIEW = "preview"
    FULL = "full"


class PanelKind(enum.Enum):
    PORTRAIT = "portrait"
    LANDSCAPE = "landscape"
    PANORAMA = "panorama"
    SAMPLER = "sampler"


# What a customer can order at the counter; landscapes and samplers come from the web shop.
WALK_IN_KINDS: tuple[PanelKind, ...] = (PanelKind.PORTRAIT, PanelKind.PANORAMA)
