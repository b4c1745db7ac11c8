"""Mill settings, read from the environment at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class GristSettings:
    mill: str
    dsn: str
    cache_url: str
    rig_image: str = "millstone-rig:2"
    sack_kg: int = 25

    @classmethod
    def from_env(cls, mill: str) -> GristSettings:
        return cls(
            mill=mill,
            dsn=envknobs.text("GRIST_DSN", "postgres://mill/grist"),
            cache_url=envknobs.text("GRIST_CACHE", "redis://mill"),
            rig_image=envknobs.text("GRIST_RIG_IMAGE", "millstone-rig:2"),
            sack_kg=envknobs.number("GRIST_SACK_KG", 25),
        )
