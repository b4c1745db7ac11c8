from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class TideSettings:
    dsn: str
    station_image: str
    public_api: str
    harbour: str = "north-quay"

    @classmethod
    def from_env(cls) -> TideSettings:
        return cls(
            dsn=envknobs.text("TIDE_DSN", "postgres://localhost/tides"),
            station_image=envknobs.text("TIDE_STATION_IMAGE", "tide-station:5"),
            public_api=envknobs.text("TIDE_PUBLIC_API", "https://levels.example"),
        )
