"""The depot's diagnostics rig: the platform's container, summoned once per night shift."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class DepotRig:
    """The platform's stub for the diagnostics-rig container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def depot_code(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_depot_rig(depot: str) -> DepotRig:
    log.info("summoning the diagnostics rig for depot %s", depot)
    return DepotRig()
