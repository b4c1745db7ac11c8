"""The worker's settings: a plain dict, read once at start-up."""

from __future__ import annotations

import logging
from typing import Any

import envknobs

log = logging.getLogger(__name__)


def load_kettle_config(site: str) -> dict[str, Any]:
    config: dict[str, Any] = {
        "site": site,
        "dsn": envknobs.text("SOAPWORKS_DSN", "postgres://soapworks"),
        "cache_url": envknobs.text("SOAPWORKS_CACHE", "redis://soapworks"),
        "max_free_alkali_ppm": envknobs.number("SOAPWORKS_MAX_FREE_ALKALI_PPM", 500),
        "min_cook_minutes": envknobs.number("SOAPWORKS_MIN_COOK_MINUTES", 90),
        "controller_pool": envknobs.text("SOAPWORKS_CONTROLLER_POOL", "kettle-room-a"),
    }
    log.debug("kettle config for %s: %s", site, config)
    return config
