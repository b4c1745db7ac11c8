"""The instrument base: every concrete instrument registers itself by slot."""

from __future__ import annotations

import abc
import logging
from typing import Any, ClassVar

from .nightlog import NightLog
from .settings import DomeSettings

log = logging.getLogger(__name__)


class DomeInstrument(abc.ABC):
    slots: ClassVar[dict[str, type[DomeInstrument]]] = {}
    slot: ClassVar[str] = ""

    def __init_subclass__(cls, /, slot: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if slot:
            cls.slot = slot
            DomeInstrument.slots[slot] = cls

    def __init__(self, site: str, box: Any, night: NightLog) -> None:
        self.site = site
        self.box = box
        self.night = night

    @classmethod
    def from_settings(cls, settings: DomeSettings, box: Any, night: NightLog) -> DomeInstrument:
        return cls(settings.site, box, night)

    async def cycle(self) -> None:
        if not await self.ready():
            log.debug("%s not ready at %s", self.slot, self.site)
            return
        await self.operate()

    async def ready(self) -> bool:
        return True

    @abc.abstractmethod
    async def operate(self) -> None:
        log.debug("operating %s at %s", self.slot, self.site)


class WeatherMast(DomeInstrument, slot="weather"):
    """Polls the mast's sensors; the night log notes it, the box is not involved."""

    async def operate(self) -> None:
        await super().operate()
        await self.night.note_weather(self.site)
