"""Settings for the forge."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ForgeSettings:
    site: str
    dsn: str
    cache_url: str
    bellows_drive: str = "electric"
    blast_seconds: int = 30
    coal_reorder_tons: int = 1

    @staticmethod
    def from_env() -> ForgeSettings:
        return ForgeSettings(
            site=envknobs.text("FORGE_SITE", "sheffield"),
            dsn=envknobs.text("FORGE_DSN", "postgres://bellows-forge"),
            cache_url=envknobs.text("FORGE_CACHE", "redis://bellows-forge"),
            bellows_drive="lever" if envknobs.switch("FORGE_LEVER_BELLOWS") else "electric",
            blast_seconds=envknobs.number("FORGE_BLAST_SECONDS", 30),
            coal_reorder_tons=envknobs.number("FORGE_COAL_REORDER_TONS", 1),
        )
