"""The farm poller: the site scheduler calls ``tick`` every ten minutes."""

from __future__ import annotations

import functools
import logging

import kvbox

from .buoys import LongLine, line_strain
from .orders import FarmOrders, HarvestOrder, sonar_calibration_due

log = logging.getLogger(__name__)


class KelpFarmPoller:
    def __init__(self, lines: dict[str, LongLine], orders: FarmOrders, cache: kvbox.Cache) -> None:
        self.lines = lines
        self.orders = orders
        self.cache = cache

    def _ping(self, line: LongLine) -> str:
        line.buoy.post("/ping")  # expect: WC001
        return line.name

    def _depth(self, line: LongLine) -> int:
        line.buoy.post("/depth/measure")  # expect: WC001
        return line.depth_m

    def _nitrate_total(self, total: int, line: LongLine) -> int:
        line.buoy.post("/nitrate/sample")  # expect: WC001
        return total + 1

    def _seed(self, name: str) -> bool:
        return self.lines[name].buoy.post("/seed/spool").ok

    def _is_ready(self, order: HarvestOrder) -> bool:
        return self.lines[order.line].buoy.post("/biomass").ok

    def _harvest_priority(self, order: HarvestOrder) -> int:
        self.lines[order.line].buoy.post("/harvest/queue")
        return order.tonnes

    def _tonnes(self, total: int, order: HarvestOrder) -> int:
        self.lines[order.line].buoy.post("/harvest/weigh")
        return total + order.tonnes

    def _calibration_slot(self, line: LongLine) -> str:
        line.buoy.set_env_var("SONAR_GAIN", "auto")  # expect: WC002
        return line.name

    def tick(self) -> None:
        lines = list(self.lines.values())
        alive = list(map(self._ping, lines))
        strained = list(filter(line_strain, lines))
        by_depth = sorted(lines, key=self._depth)
        samples = functools.reduce(self._nitrate_total, lines, 0)
        log.info("pinged %s, %d strained, deepest %s, %d samples",
                 alive, len(strained), by_depth[-1].name, samples)

        if self.orders.boat_on_site():
            for line in filter(lambda candidate: candidate.buoy.post("/winch/ready").ok, lines):
                log.info("winch ready on %s", line.name)

        seeded = list(map(self._seed, self.orders.lines_to_seed()))
        ready = [order.order_id for order in filter(self._is_ready, self.orders.harvest_orders())]
        queue = sorted(self.orders.harvest_orders(), key=self._harvest_priority)
        tonnes = functools.reduce(self._tonnes, self.orders.harvest_orders(), 0)
        log.info("seeded %d lines, %d ready, %d queued, %d t", len(seeded), len(ready), len(queue), tonnes)

        if sonar_calibration_due(self.cache):
            log.info("calibration order: %s", sorted(lines, key=self._calibration_slot))
