"""The beat: every ten minutes, run the schedule's due entries."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import kvbox

from .context import YardContext
from .registry import YardTaskRegistry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BeatEntry:
    name: str
    task: str
    every: timedelta
    kwargs: dict[str, Any] = field(default_factory=dict)
    enabled: bool = True

    @classmethod
    def parse(cls, name: str, config: Mapping[str, Any]) -> BeatEntry:
        return cls(name, config["task"], config["every"], dict(config.get("kwargs", {})), config.get("enabled", True))


class DryKilnBeat:
    def __init__(self, ctx: YardContext, registry: YardTaskRegistry, entries: list[BeatEntry],
                 markers: kvbox.Cache) -> None:
        self.ctx = ctx
        self.registry = registry
        self.entries = entries
        self.markers = markers
        self.beats = 0

    def tick(self) -> None:
        self.beats += 1
        log.info("beat %d of %s", self.beats, self.ctx.controller.kiln_controller_serial())
        for entry in self.entries:
            if not entry.enabled:
                continue
            if not self._due(entry):
                continue
            task = self.registry.lookup(entry.task)
            task.apply(self.ctx, **entry.kwargs)
        if self.ctx.charges.yard_is_busy():
            self.ctx.controller.fetch("/yard/status", method="PUT", json={"busy": True, "beat": self.beats})

    def _due(self, entry: BeatEntry) -> bool:
        if entry.every <= self.ctx.settings.beat_period:
            return True
        marker = f"dryyard:beat:{self.ctx.settings.yard}:{entry.name}"
        if self.markers.get(marker) is not None:
            return False
        self.markers.set(marker, "1", ttl=int(entry.every.total_seconds()))
        return True
