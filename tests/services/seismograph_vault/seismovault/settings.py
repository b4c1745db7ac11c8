"""Settings for the seismograph vault."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SeismoVaultSettings:
    site: str
    dsn: str
    cache_url: str
    stations: tuple[str, ...]
    swarm_sample_hz: int = 200

    @classmethod
    def from_env(cls, site: str) -> SeismoVaultSettings:
        stations = envknobs.text("SEISMO_STATIONS", "ANMO,ISCO")
        return cls(
            site=site,
            dsn=envknobs.text("SEISMO_DSN", "postgres://seismovault"),
            cache_url=envknobs.text("SEISMO_CACHE", "redis://seismovault"),
            stations=tuple(code.strip() for code in stations.split(",") if code.strip()),
            swarm_sample_hz=envknobs.number("SEISMO_SWARM_HZ", 200),
        )
