"""The plotter container, the client that holds it, and the render-slot lease."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


class PlotterBox:
    """The platform's stub for the plotter container."""

    def plotter_label(self) -> str:
        raise NotImplementedError("bound by the platform")

    async def acquire_slot(self, sheet_id: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def release_slot(self, sheet_id: str) -> None:
        raise NotImplementedError("bound by the platform")

    async def render_layer(self, layer: str, sheet_id: str, **options: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def collect_proofs(self, region: str) -> Any:
        raise NotImplementedError("bound by the platform")

    async def reproject_archive(self, region: str, datum: str) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_plotter_box(region: str) -> PlotterBox:
    log.info("summoning the plotter box for %s", region)
    return PlotterBox()


class PlotterClient:
    """Holds the plotter container, summoned on first use."""

    def __init__(self, region: str) -> None:
        self.region = region
        self._box: PlotterBox | None = None

    @property
    def box(self) -> PlotterBox:
        if self._box is None:
            self._box = summon_plotter_box(self.region)
            log.info("plotter %s ready", self._box.plotter_label())
        return self._box


@dataclass
class RenderSlot:
    sheet_id: str
    ticket: Any
    layers_drawn: int = 0


@asynccontextmanager
async def render_slot(client: PlotterClient, sheet_id: str) -> AsyncIterator[RenderSlot]:
    ticket = await client.box.acquire_slot(sheet_id)
    slot = RenderSlot(sheet_id, ticket)
    log.debug("slot for %s acquired", sheet_id)
    try:
        yield slot
    finally:
        await client.box.release_slot(sheet_id)
        log.debug("slot for %s released after %d layers", sheet_id, slot.layers_drawn)
