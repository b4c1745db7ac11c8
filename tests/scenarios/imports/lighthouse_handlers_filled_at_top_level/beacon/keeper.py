"""The keeper: the station's scheduler calls ``tick`` every five minutes."""

from __future__ import annotations

import logging

import kvbox

from .handlers import MAINTENANCE, ROUTINE, TRAFFIC
from .logbook import KeeperContext, lens_calibration_due

log = logging.getLogger(__name__)


class LighthouseKeeper:
    def __init__(self, context: KeeperContext, cache: kvbox.Cache) -> None:
        self.context = context
        self.cache = cache

    def tick(self) -> None:
        for name, handler in ROUTINE.items():
            log.debug("routine %s", name)
            handler(self.context)
        if self.context.logbook.ships_in_channel():
            for handler in TRAFFIC.values():
                handler(self.context)
        for request in self.context.logbook.maintenance_requests():
            MAINTENANCE[request.kind](self.context)
        if lens_calibration_due(self.cache):
            MAINTENANCE["calibrate"](self.context)
