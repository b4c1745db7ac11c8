"""The kiln controller container the platform leases to the studio."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class StonewareKilnBox:
    """The platform's stub for the kiln controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def kiln_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def lease_stoneware_box(site: str) -> StonewareKilnBox:
    log.info("leasing the kiln controller for %s", site)
    return StonewareKilnBox()
