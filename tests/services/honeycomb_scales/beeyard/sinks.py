"""Scale sinks and callbacks (the sinks satisfy the ``ScaleSink`` protocol)."""

from __future__ import annotations

import logging

from .records import HiveState, ScaleSink
from .scalebox import HiveScaleBox

log = logging.getLogger(__name__)


class BoxScaleSink:
    def __init__(self, box: HiveScaleBox) -> None:
        self.box = box

    async def push(self, hive: str, grams: int) -> None:
        await self.box.fetch(f"/hives/{hive}/weight", method="PUT", json={"grams": grams})


class NullScaleSink:
    async def push(self, hive: str, grams: int) -> None:
        log.debug("hive %s weighs %d g (not pushed)", hive, grams)


def sink_for(state: HiveState, box: HiveScaleBox) -> ScaleSink:
    match state:
        case HiveState.SWARMING:
            return BoxScaleSink(box)
        case HiveState.QUIET | HiveState.UNKNOWN:
            return NullScaleSink()


class SwarmAlert:
    """An async callback object: tells the scale hub to sample fast during a swarm."""

    def __init__(self, box: HiveScaleBox, yard: str) -> None:
        self.box = box
        self.yard = yard
        self.sent = 0

    async def __call__(self, reason: str) -> None:
        self.sent += 1
        await self.box.set_env_var("SCALE_SAMPLE_HZ", "10")
