"""Settings for one reach's sluice house."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class SluiceSettings:
    reach: str
    dsn: str
    cache_url: str
    top_water_cm: int = 1
    weir_crest_cm: int = 1
    chamber_beam_cm: int = 420
    paddle_turns: int = 12

    @classmethod
    def from_env(cls, reach: str) -> SluiceSettings:
        return cls(
            reach=reach,
            dsn=envknobs.text("SLUICE_DSN", "postgres://sluices"),
            cache_url=envknobs.text("SLUICE_CACHE", "redis://sluices"),
            top_water_cm=envknobs.number("SLUICE_TOP_WATER_CM", 1),
            weir_crest_cm=envknobs.number("SLUICE_WEIR_CREST_CM", 1),
            chamber_beam_cm=envknobs.number("SLUICE_CHAMBER_BEAM_CM", 420),
            paddle_turns=envknobs.number("SLUICE_PADDLE_TURNS", 12),
        )
