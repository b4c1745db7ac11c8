"""The gauge back-end's settings, read once when the command starts."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


class ImproperlyConfigured(Exception):
    """The back-end was used before ``configure()`` ran."""


@dataclass(frozen=True)
class WeirSettings:
    basin: str
    dsn: str
    cache_url: str
    hydro_pool: str
    station: str
    batch_size: int = 50
    sweep_interval_s: int = 300

    @classmethod
    def from_env(cls, basin: str) -> WeirSettings:
        return cls(
            basin=basin,
            dsn=envknobs.text("WEIR_DSN", "postgres://weirs"),
            cache_url=envknobs.text("WEIR_CACHE", "redis://weirs"),
            hydro_pool=envknobs.text("WEIR_HYDRO_POOL", "hydro-a"),
            station=envknobs.text("WEIR_STATION", f"{basin}-stilling-well"),
            batch_size=envknobs.number("WEIR_BATCH_SIZE", 50),
            sweep_interval_s=envknobs.number("WEIR_SWEEP_INTERVAL", 300),
        )


_configured: dict[str, WeirSettings] = {}


def configure(basin: str) -> WeirSettings:
    settings = _configured["default"] = WeirSettings.from_env(basin)
    return settings


def get_settings() -> WeirSettings:
    try:
        return _configured["default"]
    except KeyError:
        raise ImproperlyConfigured("settings are not configured") from None
