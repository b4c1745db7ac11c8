"""The preparation cabinets: one container per tool, summoned by kind."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class PreparationCabinet:
    """The platform's stub for a preparation-cabinet container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def label(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_preparation_cabinet(tool_kind: str, wing: str) -> PreparationCabinet:
    log.info("summoning a %s cabinet in %s", tool_kind, wing)
    return PreparationCabinet()
