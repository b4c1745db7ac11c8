"""The renderer plug-ins: each is a module under ``renderers/`` with an async ``render(ctx, item)``."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from .plotter import PlotterClient, RenderSlot
from .settings import OfficeSettings

log = logging.getLogger(__name__)

CONTOUR_RENDERER = "contours"
HILLSHADE_RENDERER = "hillshade"
LABELS_RENDERER = "labels"

SHEET_LAYERS = (CONTOUR_RENDERER, HILLSHADE_RENDERER)


@dataclass
class RenderContext:
    client: PlotterClient
    settings: OfficeSettings
    slot: RenderSlot


SheetRenderer = Callable[[RenderContext, Any], Awaitable[None]]


class RendererRegistry:
    """Loads each renderer module once, by its constant name."""

    def __init__(self) -> None:
        self._loaded: dict[str, SheetRenderer] = {}

    def renderer(self, name: str) -> SheetRenderer:
        try:
            return self._loaded[name]
        except KeyError:
            pass
        module = importlib.import_module(f"{__package__}.renderers.{name}")
        render = getattr(module, "render")
        self._loaded[name] = render
        log.info("renderer %s loaded from %s", name, module.__name__)
        return render
