"""Value objects of the tower: notes, chime requests, ringer shifts, weather readings."""

from __future__ import annotations

from dataclasses import dataclass, field


class BellNote:
    """A bell's note, like ``C4`` or ``f#3``; notes compare without regard to case."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    @classmethod
    def parse(cls, tune: str) -> BellNote:
        return cls(tune.split(":", 1)[0].strip())

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, BellNote):
            return NotImplemented
        return self.name.lower() == other.name.lower()

    def __hash__(self) -> int:
        return hash(self.name.lower())

    def __repr__(self) -> str:
        return f"BellNote({self.name!r})"

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class ChimeRequest:
    request_id: str
    tune: str


@dataclass(frozen=True)
class RingerShift:
    ringer: str
    bell: str


@dataclass(frozen=True, eq=False)
class WeatherReading:
    beaufort: int
    read_at: str = field(default="")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, WeatherReading):
            return NotImplemented
        return self.beaufort == other.beaufort

    def __hash__(self) -> int:
        return hash(self.beaufort)

    def __str__(self) -> str:
        return f"force {self.beaufort}"


CALM = WeatherReading(0)


@dataclass(frozen=True)
class TowerEvent:
    kind: str
    tick: int = 0
    bell: str = ""
