"""Hut unit containers: utilities, radio, heating, helipad, snow stakes."""

from __future__ import annotations

import logging
from typing import Any

from .settings import HutSettings

log = logging.getLogger(__name__)


class HutUnitStub:
    def __init__(self, image: str, role: str) -> None:
        self.image = image
        self.role = role

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_hut_unit(settings: HutSettings, role: str) -> HutUnitStub:
    log.debug("hut unit %s", role)
    return HutUnitStub(settings.unit_image, role)
