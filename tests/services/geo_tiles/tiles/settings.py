from __future__ import annotations

from dataclasses import dataclass

import envknobs

LAYERS = ("roads", "water", "labels")


@dataclass(frozen=True)
class TileSettings:
    region: str
    dsn: str
    max_zoom: int

    @classmethod
    def load(cls) -> TileSettings:
        return cls(
            region=envknobs.text("TILES_REGION", "eu"),
            dsn=envknobs.text("TILES_DSN", "postgres://tiles"),
            max_zoom=envknobs.number("TILES_MAX_ZOOM", 14),
        )
