"""Per-horse files, the lesson book, and feed rations."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RationPlan:
    workload: str
    hay_kg: float
    hard_feed_scoops: int


_SCOOPS = {"rest": 0, "light": 1, "medium": 2, "hard": 3}


@functools.lru_cache(maxsize=16)
def ration_plan(workload: str) -> RationPlan:
    """The yard's feed chart: derived once per workload."""
    scoops = _SCOOPS.get(workload, 1)
    return RationPlan(workload, 8.0 + scoops, scoops)


@dataclass
class HorseFile:
    name: str
    stall: str = ""
    off_work: bool = False
    ration: RationPlan | None = None


class HorseRoster(dict[str, HorseFile]):
    """Horse files by name, opened the first time a horse is looked up with ``[]``."""

    def __missing__(self, name: str) -> HorseFile:
        log.debug("opening a horse file for %s", name)
        file = self[name] = HorseFile(name)
        return file


class LessonBook:
    """The lessons to re-horse: one per horse the farrier took off work."""

    def __init__(self, files: Iterable[HorseFile]) -> None:
        self._files = [f for f in files if f.off_work]

    def __iter__(self) -> Iterator[HorseFile]:
        return iter(self._files)

    def __len__(self) -> int:
        return len(self._files)
