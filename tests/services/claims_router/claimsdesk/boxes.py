"""The adjudication engine's container."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class AdjudicationBox:
    """The platform's container stub (bound at run time)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def lease_adjudication_box(image: str) -> AdjudicationBox:
    log.info("leasing adjudication box %s", image)
    return AdjudicationBox()
