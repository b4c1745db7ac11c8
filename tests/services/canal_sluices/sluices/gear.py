"""The paddle-gear container and the two kinds of paddle a lock has."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class PaddleGearBox:
    """The platform's stub for the paddle-gear container."""

    def crank(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def sluice_gear_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_paddle_gear_box(reach: str, end: str) -> PaddleGearBox:
    log.info("commissioning the %s paddle gear on %s", end, reach)
    return PaddleGearBox()


class WindlassPaddle:
    """A ground paddle wound by hand: the keeper's windlass, no gear behind it."""

    def __init__(self, reach: str) -> None:
        self.reach = reach

    def draw(self, turns: int) -> None:
        log.info("windlass paddle on %s: %d turns to draw", self.reach, turns)

    def rest(self) -> None:
        log.debug("windlass paddle on %s left down", self.reach)


class PoweredPaddle:
    """A gate paddle driven by the gear container."""

    def __init__(self, box: PaddleGearBox) -> None:
        self.box = box

    def draw(self, turns: int) -> None:
        self.box.crank("/paddles/tail/draw", json={"turns": turns})

    def rest(self) -> None:
        self.box.crank("/paddles/tail/rest", method="PUT")
