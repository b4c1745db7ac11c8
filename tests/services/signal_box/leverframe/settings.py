"""Signal box settings, module constants read once at import (2016)."""

import envknobs

ROUTES_DSN = envknobs.text("LEVERFRAME_DSN", "postgres://leverframe/routes")
ROUTES_CACHE = envknobs.text("LEVERFRAME_CACHE", "redis://leverframe")
BUS_TOPIC = envknobs.text("LEVERFRAME_BUS_TOPIC", "leverframe.panel")
CABIN_NAMES = ("north", "south")
SCAN_CABIN = envknobs.text("LEVERFRAME_SCAN_CABIN", "north")
