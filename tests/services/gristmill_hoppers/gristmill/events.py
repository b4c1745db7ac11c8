"""What the mill senses each tick."""

from __future__ import annotations

from typing import NamedTuple


class MillEvent(NamedTuple):
    kind: str
    order_id: str | None = None
    grain: str = "wheat"


STILL = MillEvent("still")
