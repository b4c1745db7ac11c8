"""Settings for the regulator room."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# The regulator every other clock on the wall is compared with.
REFERENCE_CLOCK_ID = "R1"


@dataclass(frozen=True)
class ClockRoomSettings:
    room: str
    dsn: str
    cache_url: str
    days_between_signals: int = 7

    @classmethod
    def from_env(cls, room: str) -> ClockRoomSettings:
        return cls(
            room=room,
            dsn=envknobs.text("CLOCKROOM_DSN", "postgres://clockroom"),
            cache_url=envknobs.text("CLOCKROOM_CACHE", "redis://clockroom"),
            days_between_signals=envknobs.number("CLOCKROOM_SIGNAL_DAYS", 7),
        )
