"""The intake-lab container and the factory that reaches it."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class IntakeLabBox:
    """The platform's stub for the intake-lab container (grading, screening, tallies)."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")

    def lab_bench_id(self) -> str:
        raise NotImplementedError("bound by the platform")


def summon_intake_lab_box(site: str) -> IntakeLabBox:
    log.info("summoning the intake lab box for %s", site)
    return IntakeLabBox()
