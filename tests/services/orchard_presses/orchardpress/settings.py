"""Press-house settings: from the environment, plus the plug-in modules every deployment loads."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# Loaded in this order at start-up; each module exposes ``register(hub)``.
PRESS_HOUSE_PLUGINS: tuple[str, ...] = (
    "orchardpress.plugins.juice_tally",
    "orchardpress.plugins.pomace_haul",
    "orchardpress.plugins.frost_watch",
)


@dataclass(frozen=True)
class OrchardPressSettings:
    orchard: str
    dsn: str
    cache_url: str
    press_bay: str
    cellar_bay: str
    interval_s: float
    plugins: tuple[str, ...] = PRESS_HOUSE_PLUGINS

    @classmethod
    def from_env(cls, orchard: str) -> OrchardPressSettings:
        return cls(
            orchard=orchard,
            dsn=envknobs.text("PRESS_HOUSE_DSN", "postgres://presshouse/orchard"),
            cache_url=envknobs.text("PRESS_HOUSE_CACHE", "redis://presshouse"),
            press_bay=envknobs.text("PRESS_HOUSE_BAY", f"{orchard}-press"),
            cellar_bay=envknobs.text("PRESS_HOUSE_CELLAR_BAY", f"{orchard}-cellar"),
            interval_s=float(envknobs.number("PRESS_HOUSE_INTERVAL_S", 120)),
        )
