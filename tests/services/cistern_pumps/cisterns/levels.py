"""The level pipeline: generators from gauges to the pump-control box."""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from .pumpbox import CisternPumpBox
from .repo import CisternRepository
from .settings import Tank

log = logging.getLogger(__name__)


class TankLevel:
    __slots__ = ("tank", "gauge", "depth_cm")

    def __init__(self, tank: str, gauge: str, depth_cm: int) -> None:
        self.tank = tank
        self.gauge = gauge
        self.depth_cm = depth_cm


def _gauge_levels(repo: CisternRepository, tank: Tank, gauge: str) -> Iterator[TankLevel]:
    depth = repo.gauge_depth(tank.name, gauge)
    yield TankLevel(tank.name, gauge, depth)


def tank_levels(repo: CisternRepository, tank: Tank) -> Iterator[TankLevel]:
    for gauge in tank.gauges:
        yield from _gauge_levels(repo, tank, gauge)


def station_levels(repo: CisternRepository, tanks: Iterable[Tank]) -> Iterator[TankLevel]:
    yield from itertools.chain.from_iterable(map(functools.partial(tank_levels, repo), tanks))


def wet_levels(levels: Iterable[TankLevel]) -> Iterator[TankLevel]:
    """Dry gauges read 0 and are not worth a push."""
    for level in levels:
        if level.depth_cm > 0:
            yield level


def push_level(box: CisternPumpBox, level: TankLevel) -> Any:
    return box.fetch(f"/levels/{level.tank}/{level.gauge}", method="PUT", json={"depth_cm": level.depth_cm})


def publish_levels(box: CisternPumpBox, repo: CisternRepository, tanks: Iterable[Tank]) -> int:
    levels = list(wet_levels(station_levels(repo, tanks)))
    if not levels:
        log.debug("every gauge is dry")
        return 0
    with contextlib.ExitStack() as stack:
        stack.callback(box.fetch, "/levels/close", method="POST")
        replies = list(map(functools.partial(push_level, box), levels))
    return len(replies)
