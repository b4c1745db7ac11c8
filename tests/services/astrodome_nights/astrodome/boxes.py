"""The night-operations container attached to a dome."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class AstrodomeBox:
    """The platform's container stub for night operations."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    async def set_env_var(self, name: str, value: str) -> None:
        raise NotImplementedError("bound by the platform")


def lease_astrodome_box(site: str) -> AstrodomeBox:
    log.info("leasing the night-operations box for %s", site)
    return AstrodomeBox()
