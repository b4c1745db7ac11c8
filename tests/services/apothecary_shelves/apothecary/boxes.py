"""The stillroom container: distillation, labelling and the pharmacy system's bridge."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class StillroomBox:
    """The platform's stub for the stillroom container."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def distil(self, batch: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def summon_stillroom_box(name: str) -> StillroomBox:
    log.info("summoning stillroom box %s", name)
    return StillroomBox()
