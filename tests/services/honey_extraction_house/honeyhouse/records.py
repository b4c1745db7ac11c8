"""Records the extraction house passes around."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class UncappedFrame:
    frame_id: str
    kind: str
    weight_g: int


@dataclass(frozen=True)
class Page:
    items: list[UncappedFrame]
    next_cursor: str | None


@dataclass(frozen=True)
class HoneyDrum:
    drum_id: str
    kind: str


@dataclass
class SpinReport:
    programme: str
    frame_ids: tuple[str, ...] = ()
    load_g: int = 0
    braked: bool = False
    notes: list[str] = field(default_factory=list)
