"""Settings for the resurfacing scheduler, read from the environment at start-up."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import envknobs

log = logging.getLogger(__name__)

ECO = "eco"
FULL = "full"


@dataclass(frozen=True)
class RinkSettings:
    rink: str
    dsn: str
    cache_url: str
    mode: str = FULL
    blade_depth_mm: float = 0.8
    water_temp_c: float = 60.0
    flood_litres: int = 400
    snow_dump_threshold: int = 1
    request_timeout: float = 20.0

    @classmethod
    def from_env(cls, rink: str) -> RinkSettings:
        mode = ECO if envknobs.switch("ZAMBONI_ECO_MODE") else FULL
        settings = cls(
            rink=rink,
            dsn=envknobs.text("ZAMBONI_DSN", "postgres://rinkside"),
            cache_url=envknobs.text("ZAMBONI_CACHE_URL", "redis://rinkside"),
            mode=mode,
            blade_depth_mm=float(envknobs.text("ZAMBONI_BLADE_DEPTH_MM", "0.8")),
            water_temp_c=float(envknobs.text("ZAMBONI_WATER_TEMP_C", "60")),
            flood_litres=int(envknobs.number("ZAMBONI_FLOOD_LITRES", 400)),
            snow_dump_threshold=int(envknobs.text("ZAMBONI_SNOW_DUMP_THRESHOLD", "1")),
            request_timeout=float(envknobs.number("ZAMBONI_TIMEOUT_S", 20)),
        )
        log.info("rink %s resurfaces in %s mode", rink, settings.mode)
        return settings
