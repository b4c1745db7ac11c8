"""The saponification kettle controller container."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class KettleControllerBox:
    """The platform's stub for the kettle controller; the platform binds it."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def fire_up_kettle_box(pool: str) -> KettleControllerBox:
    log.info("kettle controller box in pool %s", pool)
    return KettleControllerBox()
