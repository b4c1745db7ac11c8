"""Drying programs: the kiln for wet seasons, the sun racks for dry ones."""

from __future__ import annotations

import abc
import logging
from typing import ClassVar

from .handles import DehydratorHandle
from .repository import FrondRepository
from .settings import DryhouseSettings

log = logging.getLogger(__name__)


class DryingProgram(abc.ABC):
    name: ClassVar[str] = "base"

    def __init__(self, box: DehydratorHandle, repo: FrondRepository, shed: str) -> None:
        self.box = box
        self.repo = repo
        self.shed = shed

    @abc.abstractmethod
    async def run_cycle(self) -> int:
        """Run one drying cycle; return how many racks were worked."""

    async def finish(self, worked: int) -> None:
        readings = await self.repo.moisture_readings()
        if readings:
            await self.box.fetch("/cycle/moisture", method="POST", json={"program": self.name, "readings": readings, "worked": worked})
        log.debug("%s cycle finished at %s", self.name, self.shed)


class KilnDryingProgram(DryingProgram):
    name = "kiln"

    async def run_cycle(self) -> int:
        await self.box.fetch("/kiln/ramp", method="POST", json={"shed": self.shed})
        return 1


class SunDryingProgram(DryingProgram):
    name = "sun"

    async def run_cycle(self) -> int:
        if await self.repo.rain_forecast():
            await self.box.fetch("/racks/cover", method="POST")
        if not await self.repo.racks_hung_with_fronds():
            return 0
        await self.box.fetch("/racks/turn", method="POST", json={"shed": self.shed})
        return 1


def choose_program(settings: DryhouseSettings, box: DehydratorHandle, repo: FrondRepository) -> DryingProgram:
    program_cls: type[DryingProgram] = KilnDryingProgram if settings.use_kiln else SunDryingProgram
    log.info("drying program for %s: %s", settings.shed, program_cls.name)
    return program_cls(box, repo, settings.shed)
