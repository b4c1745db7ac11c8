"""The reeling-frame container that drives the basins' steam, brushes and reels."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class ReelingFrameBox:
    """The platform's stub for the reeling-frame container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def thread_reeling_frame(mill: str) -> ReelingFrameBox:
    log.info("threading the reeling frame for %s", mill)
    return ReelingFrameBox()
