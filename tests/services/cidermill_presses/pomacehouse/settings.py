"""Mill settings, read from the environment at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class CiderMillSettings:
    mill: str
    dsn: str
    cache_url: str
    probe_attempts: int = 2
    rinse_litres: int = 30

    @classmethod
    def for_mill(cls, mill: str) -> CiderMillSettings:
        return cls(
            mill=mill,
            dsn=envknobs.text("POMACE_DSN", "postgres://pomacehouse/main"),
            cache_url=envknobs.text("POMACE_CACHE", "redis://pomacehouse"),
            probe_attempts=envknobs.number("POMACE_PROBE_ATTEMPTS", 2),
            rinse_litres=envknobs.number("POMACE_RINSE_LITRES", 30),
        )
