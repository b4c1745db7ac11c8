"""The dredge hull container and the harbour team's shared dispatcher (2017)."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class DredgeHull:
    """The platform's container stub for the dredge's on-board controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def hull_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def provision_dredge_hull(yard: str) -> DredgeHull:
    log.info("dredge hull for %s", yard)
    return DredgeHull()


class HullDispatcher:
    """One per process: every module imports ``dispatcher`` and start-up configures it."""

    def __init__(self) -> None:
        self._hull: DredgeHull | None = None
        self._yard = "unconfigured"
        self.sent = 0

    def configure(self, *, hull: DredgeHull, yard: str) -> None:
        self._hull = hull
        self._yard = yard
        log.info("dispatcher configured for %s", yard)

    def send(self, path: str, **payload: Any) -> Any:
        if self._hull is None:
            raise LookupError("dispatcher.configure() has not run")
        self.sent += 1
        return self._hull.fetch(path, method="POST", json=payload)


dispatcher = HullDispatcher()
