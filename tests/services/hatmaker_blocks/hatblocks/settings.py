"""Settings for the blocking room."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import envknobs

log = logging.getLogger(__name__)


def _default_heats() -> dict[str, int]:
    return {"felt": 92, "straw": 71, "sinamay": 64}


@dataclass(frozen=True)
class BlockingSettings:
    room: str
    dsn: str
    cache_url: str
    gauge_timeout: float = 4.0
    block_heats: dict[str, int] = field(default_factory=_default_heats)


def load_blocking_settings(room: str) -> BlockingSettings:
    settings = BlockingSettings(
        room=room,
        dsn=envknobs.text("HATBLOCKS_DSN", "postgres://hatblocks"),
        cache_url=envknobs.text("HATBLOCKS_CACHE", "redis://hatblocks"),
        gauge_timeout=float(envknobs.number("HATBLOCKS_GAUGE_TIMEOUT", 4)),
    )
    log.info("blocking room %s with %d blocks", settings.room, len(settings.block_heats))
    return settings
