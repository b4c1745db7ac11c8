"""The tank's light meter, held for one tick and handed back by ``close()``."""

from __future__ import annotations

import logging

from .repository import NurseryRepository
from .tank import KelpCultureTank, TankDesk

log = logging.getLogger(__name__)


class LightLog:
    """Used as ``with contextlib.closing(LightLog(...)) as light:``."""

    def __init__(self, tank: KelpCultureTank, repo: NurseryRepository) -> None:
        self._tank = tank
        self._repo = repo
        self._readings: list[str] = []

    def note(self, reading: str) -> None:
        self._readings.append(reading)

    def close(self) -> None:
        if self._readings:
            self._repo.note_light(self._readings[-1])
        log.debug("handing the light meter back")
        self._tank.fetch(TankDesk.path_for("light-meter"), method="DELETE")
