"""The rack tender's jobs."""

from __future__ import annotations

from dataclasses import dataclass, field

TURN_PRIORITY = 1
HEARTBEAT_PRIORITY = 9


@dataclass(order=True)
class RackJob:
    """Ordered by priority, then by sequence number; the rest does not take part."""

    priority: int
    seq: int
    kind: str = field(compare=False)
    rack_id: str = field(compare=False, default="")
    note: str = field(compare=False, default="")
