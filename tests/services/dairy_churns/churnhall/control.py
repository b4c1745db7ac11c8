"""The churn control container."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class ChurnControlBox:
    """The platform's stub for the churn line's control container."""

    def signal(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def churn_box_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_churn_control_box(line: str) -> ChurnControlBox:
    log.info("commissioning the churn control box for %s", line)
    return ChurnControlBox()
