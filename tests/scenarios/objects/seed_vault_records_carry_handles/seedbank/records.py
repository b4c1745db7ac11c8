"""The records the room keeps its chambers and instruments in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import attrs


@dataclass(frozen=True)
class ChamberLink:
    name: str
    controller: Any
    humidity_target: float = 0.2


@attrs.define
class CatalogueSync:
    endpoint: Any
    batch_size: int = 50


class ProbePair(NamedTuple):
    cold: Any
    dry: Any
