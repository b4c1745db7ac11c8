"""Show units (containers) and the hall's own equipment."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .settings import PlanetariumSettings

log = logging.getLogger(__name__)


class ShowUnitStub:
    def __init__(self, image: str, unit: str) -> None:
        self.image = image
        self.unit = unit

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_show_unit(settings: PlanetariumSettings, unit: str) -> ShowUnitStub:
    log.info("show unit %s", unit)
    return ShowUnitStub(settings.unit_image, unit)


class HallDimmer:
    """The house lights' DMX dimmer, driven locally."""

    def __init__(self, universe: int) -> None:
        self.universe = universe
        self.levels: list[str] = []

    async def fetch(self, path: str, **kwargs: Any) -> str:
        self.levels.append(path)
        return "ok"


@dataclass
class Dome:
    projector: Any
    diameter_m: float = 18.0


@dataclass
class ShowRig:
    dome: Dome
    sound_desk: Any
    house_lights: Any
    seat_map: dict[str, str]
