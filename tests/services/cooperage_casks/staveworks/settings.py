"""Cooperage settings, read once at import into module constants (never refactored)."""

import envknobs

COOPERAGE_DSN = envknobs.text("COOPERAGE_DSN", "postgres://cooperage/main")
COOPERAGE_CACHE = envknobs.text("COOPERAGE_CACHE", "redis://cooperage")
RACK_ROWS = envknobs.number("COOPERAGE_RACK_ROWS", 3)
RACK_DEPTH = envknobs.number("COOPERAGE_RACK_DEPTH", 12)
CLIMATE_PUSH = bool(envknobs.number("COOPERAGE_CLIMATE_PUSH", 1))
HOOP_BATCH_LIMIT = envknobs.number("COOPERAGE_HOOP_BATCH", 5)


def rack_slots():
    """(row name, capacity) pairs, one per rack row."""
    pairs = []
    for row in range(1, RACK_ROWS + 1):
        pairs.append(("row-%d" % row, row * RACK_DEPTH))
    return pairs
