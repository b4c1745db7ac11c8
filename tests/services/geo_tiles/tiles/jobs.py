"""The tile service's scheduled job."""

from __future__ import annotations

import asyncio
import logging

import kvbox
import stowage

from .boxes import ProbeScope, leased_renderer, obtain_tile_box
from .settings import LAYERS, TileSettings
from .store import TileStore, style_sheet_changed

log = logging.getLogger(__name__)


async def refresh_tiles() -> None:
    settings = TileSettings.load()
    store = TileStore(await stowage.connect_async(settings.dsn))
    box = obtain_tile_box(settings.region)
    log.debug("renderer can %s", box.capabilities())
    async with ProbeScope(box) as scope:
        probes = {layer: scope.check(layer) for layer in LAYERS}
        statuses = dict(zip(probes, await asyncio.gather(*probes.values())))
    failing = {layer for layer, status in statuses.items() if status >= 500}
    if failing:
        log.warning("layers failing probes: %s", sorted(failing))
    stale = await store.stale_tiles()
    if stale:
        async with leased_renderer(settings.region) as renderer:
            await asyncio.gather(*[renderer.fetch(f"/render/{tile.key}", method="POST") for tile in stale])
    if await store.tile_renders_active():
        await drain_render_requests(settings)
    if await style_sheet_changed(kvbox.AsyncCache("redis://tiles")):
        await restyle(settings)


async def drain_render_requests(settings: TileSettings) -> None:
    async with leased_renderer(settings.region) as renderer:
        await renderer.fetch("/requests/drain", method="POST")


async def restyle(settings: TileSettings) -> None:
    async with leased_renderer(settings.region) as renderer:
        await renderer.fetch("/styles/reload", method="POST", json={"max_zoom": settings.max_zoom})
