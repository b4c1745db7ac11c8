"""Settings for the velodrome controller, read once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class TrackSettings:
    venue: str
    dsn: str
    cache_url: str
    lap_length_m: int = 250
    laps_per_heat: int = 4
    house_zones_csv: str = "infield,apron"
    house_level: int = 40
    scoreboard_fitted: bool = False
    standings_shown: int = 3

    @property
    def heat_distance_m(self) -> int:
        return self.lap_length_m * self.laps_per_heat

    @property
    def timing_box_name(self) -> str:
        return f"{self.venue}-timing"

    @property
    def lighting_box_name(self) -> str:
        return f"{self.venue}-lighting"

    @property
    def scoreboard_box_name(self) -> str:
        return f"{self.venue}-scoreboard"

    @property
    def house_sections(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.house_zones_csv.split(",") if part.strip())

    @property
    def scoreboard_enabled(self) -> bool:
        return self.scoreboard_fitted and self.standings_shown > 0

    @classmethod
    def from_env(cls, venue: str) -> TrackSettings:
        return cls(
            venue=venue,
            dsn=envknobs.text("VELODROME_DSN", "postgres://velodrome"),
            cache_url=envknobs.text("VELODROME_CACHE", "redis://velodrome"),
            lap_length_m=envknobs.number("VELODROME_LAP_LENGTH", 250),
            laps_per_heat=envknobs.number("VELODROME_LAPS_PER_HEAT", 4),
            house_zones_csv=envknobs.text("VELODROME_HOUSE_ZONES", "infield,apron"),
            house_level=envknobs.number("VELODROME_HOUSE_LEVEL", 40),
            scoreboard_fitted=envknobs.switch("VELODROME_SCOREBOARD"),
            standings_shown=envknobs.number("VELODROME_STANDINGS_SHOWN", 3),
        )
