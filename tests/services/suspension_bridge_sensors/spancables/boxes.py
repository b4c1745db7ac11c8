"""The structural-health container, provisioned once per monitor."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SpanHealthBox:
    """The platform's container stub for the bridge's structural-health service."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def provision_span_health_box(bridge: str) -> SpanHealthBox:
    log.info("structural-health box for %s", bridge)
    return SpanHealthBox()
