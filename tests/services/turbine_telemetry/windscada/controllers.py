"""Turbine controller containers."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class ScadaBox:
    """The platform's container stub for one turbine's controller bridge."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def claim_scada_box(farm: str, turbine_id: str) -> ScadaBox:
    log.info("claiming the SCADA box of %s/%s", farm, turbine_id)
    return ScadaBox()
