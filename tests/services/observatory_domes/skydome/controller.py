"""The dome-control container, commissioned once per process."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class ObservatoryError(Exception):
    """Something the scheduler refused to do."""


class DomeControlBox:
    """The platform's stub for the dome-control container (shutter, mount, camera, masts)."""

    def command(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def site_code(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_dome_controller(site: str) -> DomeControlBox:
    log.info("commissioning the dome controller at %s", site)
    return DomeControlBox()


_controller: DomeControlBox | None = None


def init_dome_controller(site: str) -> None:
    global _controller
    _controller = commission_dome_controller(site)


def get_dome_controller() -> DomeControlBox:
    if _controller is None:
        raise ObservatoryError("init_dome_controller() has not run")
    return _controller
