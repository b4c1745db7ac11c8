"""Lighting groups, the section-to-group lookup, and the director that plans the cues."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .repository import LapRepository
from .settings import TrackSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LightingGroup:
    name: str
    channel: int
    sections: tuple[str, ...]


@dataclass(frozen=True)
class LightingCue:
    group: LightingGroup
    effect: str
    level: int


TRACK_GROUPS = (
    LightingGroup("infield", 1, ("infield", "apron")),
    LightingGroup("bankings", 2, ("turn_1", "turn_2", "turn_3", "turn_4")),
    LightingGroup("straights", 3, ("home_straight", "back_straight")),
)


class SectionLightingMap:
    """``groups[section]`` is the lighting group that covers a track section."""

    def __init__(self, groups: Iterable[LightingGroup], fallback: str) -> None:
        self._by_section: dict[str, LightingGroup] = {}
        self._groups: dict[str, LightingGroup] = {}
        for group in groups:
            self._groups[group.name] = group
            for section in group.sections:
                self._by_section[section] = group
        self._fallback = self._groups[fallback]

    def __getitem__(self, section: str) -> LightingGroup:
        try:
            return self._by_section[section]
        except KeyError:
            log.warning("section %s has no lighting group; using %s", section, self._fallback.name)
            return self._fallback

    def __len__(self) -> int:
        return len(self._groups)

    def names(self) -> str:
        return ", ".join(sorted(self._groups))


class LightingDirector:
    """Plans the cues of one tick: the house lights, then a chase wherever riders are."""

    CHASE_SPEED = 100

    def __init__(self, settings: TrackSettings, repo: LapRepository, groups: SectionLightingMap) -> None:
        self.settings = settings
        self.repo = repo
        self.groups = groups

    def cues(self) -> Iterator[LightingCue]:
        yield from self._house_cues()
        yield from self._race_cues()

    def _house_cues(self) -> Iterator[LightingCue]:
        seen: set[str] = set()
        for section in self.settings.house_sections:
            group = self.groups[section]
            if group.name in seen:
                continue
            seen.add(group.name)
            yield LightingCue(group, "level", self.settings.house_level)

    def _race_cues(self) -> Iterator[LightingCue]:
        for section in self.repo.sections_with_riders():
            yield LightingCue(self.groups[section], "chase", self.CHASE_SPEED)
