"""The loom-frame container (the mill's controller box) and the per-loom line wrapper."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class LoomFrameBox:
    """The platform's stub for the loom-frame controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def rig_loom_frame(shed: str) -> LoomFrameBox:
    log.info("rigging the loom frame for %s", shed)
    return LoomFrameBox()


class LoomLine:
    """One loom on the frame: keeps its tension target within the loom's range."""

    MIN_CN = 60
    MAX_CN = 320

    def __init__(self, loom: str, frame: Any) -> None:
        self.loom = loom
        self.frame = frame
        self._tension_target = self.MIN_CN

    @property
    def tension_target(self) -> int:
        return self._tension_target

    @tension_target.setter
    def tension_target(self, value: int) -> None:
        self._tension_target = max(self.MIN_CN, min(self.MAX_CN, value))

    @staticmethod
    def path_for(loom: str, what: str) -> str:
        return f"/looms/{loom}/{what}"

    def sample_tension(self, beam: str, slot: int) -> None:
        self.frame.fetch(LoomLine.path_for(self.loom, "tension"), method="GET", params={"beam": beam, "slot": slot, "target": self.tension_target})
