"""The pump-control container, as the platform binds it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class DrydockPumpBox:
    """The platform's stub for the pump-control container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def berth_tag(self) -> str:
        raise NotImplementedError("bound by the platform")


def moor_drydock_pump_box(dock: str) -> DrydockPumpBox:
    log.info("binding the pump-control box of %s", dock)
    return DrydockPumpBox()
