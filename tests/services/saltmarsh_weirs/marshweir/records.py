"""Immutable records the keeper passes around."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class WeirLevel(NamedTuple):
    weir: str
    level_cm: int

    def over(self, limit: int) -> bool:
        return self.level_cm > limit

    def label(self) -> str:
        return f"{self.weir}@{self.level_cm}cm"


class GateOrder(NamedTuple):
    order_id: str
    weir: str
    priority: int

    def path(self) -> str:
        return f"/weirs/{self.weir}/gate"


@dataclass(frozen=True)
class MarshSummary:
    site: str
    weirs: frozenset[WeirLevel]
    highest: int = 0
    orders: int = 0

    def as_payload(self) -> dict[str, object]:
        return {"site": self.site, "highest": self.highest, "orders": self.orders, "weirs": sorted(w.label() for w in self.weirs)}
