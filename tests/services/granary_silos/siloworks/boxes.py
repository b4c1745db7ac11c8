"""The silo telemetry container."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SiloLinkError(Exception):
    """The telemetry container answered with an error."""


class SiloTelemetryBox:
    """The platform's stub for the telemetry container (bound at run time)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_silo_box(site: str) -> SiloTelemetryBox:
    log.info("silo telemetry box for %s", site)
    return SiloTelemetryBox()


def expect_ok(reply: Any, what: str) -> None:
    if not reply.ok:
        raise SiloLinkError(f"telemetry refused {what}")
