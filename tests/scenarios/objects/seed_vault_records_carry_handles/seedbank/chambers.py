"""Chamber controller containers and the vault's local instruments."""

from __future__ import annotations

import logging
from typing import Any

from .settings import VaultSettings

log = logging.getLogger(__name__)


class ChamberControllerStub:
    def __init__(self, image: str, chamber: str) -> None:
        self.image = image
        self.chamber = chamber

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_seed_chamber(settings: VaultSettings, chamber: str) -> ChamberControllerStub:
    log.info("chamber controller %s", chamber)
    return ChamberControllerStub(settings.chamber_image, chamber)


class LocalInstrument:
    """An instrument on the vault's own bus: a catalogue file, a hygrometer, a door sensor."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.readings: list[str] = []

    async def fetch(self, path: str, **kwargs: Any) -> str:
        self.readings.append(path)
        return "ok"
