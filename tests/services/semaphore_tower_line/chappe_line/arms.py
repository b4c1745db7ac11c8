"""The semaphore-arm container: the regulator and indicator arms on the tower roof."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SemaphoreArmBox:
    """The platform's stub for the semaphore-arm container."""

    def signal(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def tower_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def hoist_semaphore_arms(station: str) -> SemaphoreArmBox:
    log.info("hoisting the semaphore arms at %s", station)
    return SemaphoreArmBox()
