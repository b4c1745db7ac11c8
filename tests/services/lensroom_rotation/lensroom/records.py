"""Immutable records of the lens room."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class Lens(NamedTuple):
    lens_id: str
    order: int
    temp_c: int = 20

    def path(self) -> str:
        return f"/lenses/{self.lens_id}"

    def too_hot(self, limit: int) -> bool:
        return self.temp_c > limit


@dataclass(frozen=True)
class SweepRecord:
    site: str
    sweep: int
    turning: bool
    polished: int = 0
    beacons: int = 0

    def as_payload(self) -> dict[str, object]:
        return {"site": self.site, "sweep": self.sweep, "turning": self.turning, "polished": self.polished, "beacons": self.beacons}
