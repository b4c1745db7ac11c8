"""The winding-house container: the winch, the brakes and the car telemetry."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class WindingHouseBox:
    """The platform's stub for the winding-house container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def winch_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def rig_winding_house_box(line: str) -> WindingHouseBox:
    log.info("rigging the winding-house box of %s", line)
    return WindingHouseBox()
