"""Settings for the scriptorium warden."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs


@dataclass(frozen=True)
class ScriptoriumSettings:
    abbey: str
    ink_dsn: str
    calendar_url: str
    request_timeout: float = 30.0
    feast_scribes: int = 4
    lamp_hours: int = 3

    @classmethod
    def from_env(cls, abbey: str) -> ScriptoriumSettings:
        return cls(
            abbey=abbey,
            ink_dsn=envknobs.text("SCRIPTORIUM_DSN", "postgres://scriptorium"),
            calendar_url=envknobs.text("SCRIPTORIUM_CALENDAR", "redis://calendar"),
            request_timeout=float(envknobs.number("SCRIPTORIUM_TIMEOUT", 30)),
            feast_scribes=envknobs.number("SCRIPTORIUM_FEAST_SCRIBES", 4),
            lamp_hours=envknobs.number("SCRIPTORIUM_LAMP_HOURS", 3),
        )
