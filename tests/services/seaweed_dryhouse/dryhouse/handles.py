"""The dehydrator container, and the protocol the rest of the service types it by."""

from __future__ import annotations

import logging
from typing import Any, Protocol

log = logging.getLogger(__name__)


class DehydratorHandle(Protocol):
    async def fetch(self, path: str, **kwargs: Any) -> Any: ...

    def dehydrator_model(self) -> str: ...


class DehydratorBox:
    """The platform's container stub for the drying house's dehydrator."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def dehydrator_model(self) -> str:
        raise NotImplementedError("bound by the platform")


def hire_dehydrator_box(shed: str) -> DehydratorHandle:
    log.info("hiring the dehydrator for %s", shed)
    return DehydratorBox()
