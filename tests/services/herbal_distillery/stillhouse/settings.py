"""Settings for one still room."""

from __future__ import annotations

from dataclasses import dataclass, field

import envknobs


def _parse_stills(text: str) -> dict[str, str]:
    stills: dict[str, str] = {}
    for item in text.split(","):
        name, _, kind = item.strip().partition(":")
        if name:
            stills[name] = kind or "steam"
    return stills


@dataclass(frozen=True)
class StillRoomSettings:
    house: str
    dsn: str
    cache_url: str
    sensor_url: str
    stills: dict[str, str] = field(default_factory=dict)
    trend_window: int = 4
    condense_above: float = 5.0
    bath_low: float = 1.0

    @classmethod
    def from_env(cls, house: str) -> StillRoomSettings:
        return cls(
            house=house,
            dsn=envknobs.text("STILLHOUSE_DSN", f"postgres://distillery/{house}"),
            cache_url=envknobs.text("STILLHOUSE_CACHE", "redis://distillery"),
            sensor_url=envknobs.text("STILLHOUSE_SENSORS", "tcp://still-sensors:7410"),
            stills=_parse_stills(envknobs.text("STILLHOUSE_STILLS", "lavender:steam,rosemary:steam,rose:hydrosol")),
            trend_window=envknobs.number("STILLHOUSE_TREND_WINDOW", 4),
        )
