"""The beat: every five minutes, run the schedule's due entries, then the delayed calls."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import stowage

from .harbour import HarbourContext, TidewaterError
from .taskkit import drain_delayed, resolve

log = logging.getLogger(__name__)


@dataclass
class BeatSlot:
    name: str
    task: str
    every: int
    kwargs: dict[str, Any] = field(default_factory=dict)
    last_beat: int | None = None

    @classmethod
    def parse(cls, name: str, config: Mapping[str, Any]) -> BeatSlot:
        return cls(name, str(config["task"]), int(config["every"]), dict(config.get("kwargs", {})))


class TideBeat:
    def __init__(self, ctx: HarbourContext, schedule: Mapping[str, Mapping[str, Any]]) -> None:
        self.ctx = ctx
        self.period = ctx.settings.beat_seconds
        self.slots = [BeatSlot.parse(name, config) for name, config in schedule.items()]
        self.beats = 0

    def run_due(self) -> None:
        self.beats += 1
        log.info("beat %d at berth %s", self.beats, self.ctx.box.berth_code())
        for slot in self.slots:
            if not self._due(slot):
                continue
            slot.last_beat = self.beats
            self._apply(slot)
        drained = drain_delayed()
        log.info("beat %d drained %d delayed calls", self.beats, drained)

    def _due(self, slot: BeatSlot) -> bool:
        if slot.last_beat is None:
            return True
        return (self.beats - slot.last_beat) * self.period >= slot.every

    def _apply(self, slot: BeatSlot) -> None:
        job = resolve(slot.task)
        try:
            result = job(**slot.kwargs)
        except (TidewaterError, stowage.StowageError) as exc:
            log.warning("%s failed: %s", slot.name, exc)
        else:
            log.debug("%s -> %r", slot.name, result)
