from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tile:
    layer: str
    z: int
    x: int
    y: int

    @property
    def key(self) -> str:
        return f"{self.layer}/{self.z}/{self.x}/{self.y}"


class TileStore:
    def __init__(self, db: stowage.AsyncDatabase) -> None:
        self.db = db

    async def tile_renders_active(self) -> bool:
        return await self.db.fetch_value("SELECT count(*) FROM render_requests WHERE done = false") > 0

    async def stale_tiles(self) -> list[Tile]:
        rows = await self.db.fetch_all("SELECT layer, z, x, y FROM tiles WHERE stale")
        return [Tile(r["layer"], 0, 0, 0) for r in rows]


async def style_sheet_changed(cache: kvbox.AsyncCache) -> bool:
    return await cache.get("tiles:style-changed") is not None
