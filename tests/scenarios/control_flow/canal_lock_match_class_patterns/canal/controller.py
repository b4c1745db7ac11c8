"""The lock controller container."""

from __future__ import annotations

import logging
from typing import Any

from .settings import LockSettings

log = logging.getLogger(__name__)


class LockControllerStub:
    def __init__(self, image: str, lock: str) -> None:
        self.image = image
        self.lock = lock

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_lock_controller(settings: LockSettings) -> LockControllerStub:
    log.info("lock controller for %s", settings.lock_name)
    return LockControllerStub(settings.controller_image, settings.lock_name)
