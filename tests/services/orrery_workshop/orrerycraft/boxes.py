"""The orrery box: the platform's container for the bench's calibration rig."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class OrreryBox:
    """The platform's container stub for the calibration rig."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def bench_label(self) -> str:
        raise NotImplementedError("bound by the platform")


def commission_orrery_box(bench: str) -> OrreryBox:
    log.info("orrery box for %s", bench)
    return OrreryBox()
