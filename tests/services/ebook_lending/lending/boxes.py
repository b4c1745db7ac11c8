"""The lending container (DRM licences and loan state)."""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class LendingBox:
    """The platform's container stub."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def open_lending_box(branch: str, role: str) -> LendingBox:
    log.info("opening the %s lending box of %s", role, branch)
    return LendingBox()


class BoxPair(NamedTuple):
    primary: Any
    replica: Any
