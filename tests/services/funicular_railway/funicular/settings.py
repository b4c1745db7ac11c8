"""The line's settings: a NamedTuple with defaults, read once at start-up."""

from __future__ import annotations

from typing import NamedTuple

import envknobs


class FunicularSettings(NamedTuple):
    line: str
    dsn: str = "postgres://funicular"
    cache_url: str = "redis://funicular"
    lower_station: str = "harbour"
    upper_station: str = "castle"
    brake_test_cooldown_s: float = 600.0


def load_funicular_settings(line: str) -> FunicularSettings:
    return FunicularSettings(
        line,
        dsn=envknobs.text("FUNICULAR_DSN", FunicularSettings._field_defaults["dsn"]),
        cache_url=envknobs.text("FUNICULAR_CACHE", FunicularSettings._field_defaults["cache_url"]),
        brake_test_cooldown_s=float(envknobs.number("FUNICULAR_BRAKE_TEST_COOLDOWN_S", 600)),
    )
