"""The weir controller container the platform leases to the marsh."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class MarshWeirBox:
    """The platform's stub for the weir controller container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")

    def marshweir_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def lease_marshweir_box(site: str) -> MarshWeirBox:
    log.info("leasing the weir controller for %s", site)
    return MarshWeirBox()
