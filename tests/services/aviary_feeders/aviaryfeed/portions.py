"""How much seed a feeding round drops."""

from __future__ import annotations

from .repository import FeederSnapshot


def portion_for(snapshot: FeederSnapshot, base_grams: int) -> int:
    if not snapshot.has_hungry_birds:
        return 0
    return base_grams * max(1, snapshot.perches_occupied)
