"""Where ledger containers come from."""

from __future__ import annotations

import logging
from typing import Any

from .settings import LedgerSettings

log = logging.getLogger(__name__)


class LedgerBoxStub:
    """The platform's container stub (the real one is bound by the runtime)."""

    def __init__(self, image: str, role: str) -> None:
        self.image, self.role = image, role

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the runtime")


def open_ledger_box(settings: LedgerSettings, role: str = "primary") -> LedgerBoxStub:
    log.debug("opening %s ledger box (%s)", role, settings.box_image)
    return LedgerBoxStub(settings.box_image, role)
