"""The terminal container: berths, slipways, tickets, crew boards."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class TidewaterTerminalBox:
    """The platform's stub for the terminal container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def berth_code(self) -> str:
        raise NotImplementedError("bound by the platform")


def moor_tidewater_box(terminal: str) -> TidewaterTerminalBox:
    log.info("mooring to the terminal container of %s", terminal)
    return TidewaterTerminalBox()
