"""Deployment settings of the cable monitor."""

from __future__ import annotations

import envknobs

BRIDGE_DSN = envknobs.text("SPAN_DB_DSN", "postgres://span-health")
CACHE_URL = envknobs.text("SPAN_CACHE_URL", "redis://span-health")

# The bridge-wide exceedance threshold, in the units the repository stores (normalised strain).
DEFAULT_CABLE_THRESHOLD = 1.0

# The sensors wired on this bridge: (kind, sensor id).
CABLE_SENSORS: list[tuple[str, str]] = [
    ("tension", "main-cable-north"),
    ("vibration", "deck-midspan"),
    ("thermal", "saddle-east"),
]
