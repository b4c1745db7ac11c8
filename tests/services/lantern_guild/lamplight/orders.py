"""What a round may do: slotted frozen value objects, matched by class pattern."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True, frozen=True)
class SnuffedLamp:
    post: str
    ward: str
    reported_by: str = "watch"


@dataclass(slots=True, frozen=True)
class Muster:
    city: str


@dataclass(slots=True, frozen=True)
class Relight:
    ward: str
    posts: tuple[str, ...]


@dataclass(slots=True, frozen=True)
class FogWatch:
    __match_args__ = ("rolling", "harbour")

    harbour: str
    rolling: bool


@dataclass(slots=True, frozen=True)
class RollCall:
    __match_args__ = ("round_no", "crews_aloft")

    city: str
    round_no: int
    crews_aloft: bool


Order = Muster | Relight | FogWatch | RollCall


@dataclass(slots=True, frozen=True)
class WatchState:
    """What the dispatcher remembers from one round to the next."""

    mustered: bool = False
    rounds: int = 0
    relit_unreported: int = 0
    fog_lamps_lit: bool = False
