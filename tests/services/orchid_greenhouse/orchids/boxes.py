"""The bench-controller container, and a class-level cache of its handles per role."""

from __future__ import annotations

import logging
from typing import Any, ClassVar

log = logging.getLogger(__name__)


class OrchidBenchBox:
    """The platform's stub for the bench controller (probes, valves, shade motors, panel)."""

    async def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_orchid_bench_box(house: str, role: str) -> OrchidBenchBox:
    log.info("bench box for %s (%s)", house, role)
    return OrchidBenchBox()


class BenchBoxes:
    """One handle per role, made the first time a role is asked for."""

    house: ClassVar[str] = "unset"
    _cache: ClassVar[dict[str, OrchidBenchBox]] = {}

    @classmethod
    def configure(cls, house: str) -> None:
        cls.house = house

    @classmethod
    def for_role(cls, role: str) -> OrchidBenchBox:
        if role not in cls._cache:
            log.debug("summoning the %s bench box", role)
            cls._cache[role] = summon_orchid_bench_box(cls.house, role)
        return cls._cache[role]
