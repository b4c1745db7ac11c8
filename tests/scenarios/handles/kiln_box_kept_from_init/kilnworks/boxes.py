"""Where kiln controller containers come from."""

from __future__ import annotations

import logging
from typing import Any

from .settings import KilnSettings

log = logging.getLogger(__name__)


class KilnBoxStub:
    """The platform's container stub; the runtime binds the real one."""

    def __init__(self, image: str, role: str) -> None:
        self.image = image
        self.role = role

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_kiln_box(settings: KilnSettings, role: str = "controller") -> KilnBoxStub:
    log.debug("opening %s kiln box from %s", role, settings.box_image)
    return KilnBoxStub(settings.box_image, role)
