"""The pumphouse container: pumps, sluices, rakes and covers are all worked through it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class SaltPumphouseBox:
    """The platform's stub for the pumphouse container."""

    def dispatch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def pumphouse_serial(self) -> str:
        raise NotImplementedError("bound by the platform")


def moor_pumphouse_box(site: str) -> SaltPumphouseBox:
    log.info("mooring the pumphouse box at %s", site)
    return SaltPumphouseBox()
