"""The bridge's settings: read once at start-up, plus the resilience constants."""

from __future__ import annotations

from dataclasses import dataclass

import envknobs

# The gantry only needs a heartbeat every ten minutes; the tick runs every two.
HEARTBEAT_GAP_SECONDS = 600.0
# Two failures in a row open the gantry breaker for five minutes.
BREAKER_THRESHOLD = 2
BREAKER_COOLDOWN_SECONDS = 300.0
SETTLE_ATTEMPTS = 2
RETRY_BACKOFF_SECONDS = 0.01


@dataclass(frozen=True)
class SpanSettings:
    bridge: str
    dsn: str
    cache_url: str
    lanes: tuple[str, ...] = ("L1", "L2", "L3")

    @classmethod
    def from_env(cls, bridge: str) -> SpanSettings:
        return cls(
            bridge=bridge,
            dsn=envknobs.text("TOLLSPAN_DSN", "postgres://tollspan"),
            cache_url=envknobs.text("TOLLSPAN_CACHE", "redis://tollspan"),
        )
