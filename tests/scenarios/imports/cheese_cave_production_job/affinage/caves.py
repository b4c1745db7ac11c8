"""Cave controller containers and the link the job keeps per cave."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from .settings import AffinageSettings

log = logging.getLogger(__name__)


class CaveControllerStub:
    def __init__(self, image: str, cave: str) -> None:
        self.image = image
        self.cave = cave

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_cave_controller(settings: AffinageSettings, cave: str) -> CaveControllerStub:
    log.info("cave controller %s", cave)
    return CaveControllerStub(settings.controller_image, cave)


@dataclass(frozen=True)
class CaveLink:
    cave: str
    controller: Any
    humidity: float = 0.92


@dataclass(frozen=True)
class CaveSnapshot:
    turning: bool
    backlog: int
