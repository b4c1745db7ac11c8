"""The gantry-crane container, rigged once per dock."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class GantryCraneBox:
    """The platform's stub for the gantry-crane controller container."""

    def command(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def crane_rail_id(self) -> str:
        raise NotImplementedError("bound by the platform")


def rig_gantry_crane_box(dock: str) -> GantryCraneBox:
    log.info("rigging the gantry crane box on %s", dock)
    return GantryCraneBox()
