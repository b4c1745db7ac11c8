"""Decorators for room and job methods."""

from __future__ import annotations

import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

R = TypeVar("R")


def when_active(method: Callable[..., Awaitable[R]]) -> Callable[..., Awaitable[R | None]]:
    """Runs the method only while the tenant has dirty records; ``self.store`` is the CRM store."""

    @functools.wraps(method)
    async def guarded(self: Any, *args: Any, **kwargs: Any) -> R | None:
        if not await self.store.crm_has_dirty_records():
            return None
        return await method(self, *args, **kwargs)

    return guarded
