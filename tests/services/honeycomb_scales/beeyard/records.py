"""Records, states and protocols of the yard."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Protocol

FULL_FRAME_GRAMS = 2400


class WeighKind(enum.Enum):
    HONEY = "honey"
    BROOD = "brood"
    EMPTY = "empty"


class HiveState(enum.Enum):
    QUIET = "quiet"
    SWARMING = "swarming"
    UNKNOWN = "unknown"


@dataclass(slots=True, kw_only=True, frozen=True)
class FrameWeighing:
    hive: str
    kind: WeighKind
    grams: int


@dataclass(slots=True, kw_only=True)
class FrameBatch:
    batch_id: str
    hive: str
    frames: int = 10


class ScaleSink(Protocol):
    async def push(self, hive: str, grams: int) -> None: ...
