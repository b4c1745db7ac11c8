"""The vessel-control container, the lease that holds it, and a proxy to the lease."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class BrewhouseBox:
    """The platform's container stub for the vessel controller."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def tap_brewhouse_box(vessel: str) -> BrewhouseBox:
    log.info("tapping the brewhouse box for %s", vessel)
    return BrewhouseBox()


class BoxLease:
    """Holds the container for one vessel."""

    def __init__(self, box: Any, vessel: str) -> None:
        self.box = box
        self.vessel = vessel

    def announce(self, path: str) -> None:
        self.box.fetch(path, method="PUT", json={"vessel": self.vessel})


class LeaseProxy:
    """Forwards every public attribute to the lease (the platform swaps leases on failover)."""

    def __init__(self, lease: BoxLease) -> None:
        self._lease = lease

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self._lease, name)

    def swap(self, lease: BoxLease) -> None:
        self._lease = lease
