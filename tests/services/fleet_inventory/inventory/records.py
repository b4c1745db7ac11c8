from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import attrs


@attrs.define
class Placement:
    node: Any
    zone: str
    weight: int = 1


@dataclass(frozen=True)
class Route:
    target: Any
    path: str
    method: str = "POST"
