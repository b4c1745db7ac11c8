"""Getters and callers shared by the monitor's steps."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from operator import attrgetter, itemgetter, methodcaller

from .units import Lane

log = logging.getLogger(__name__)

LANE_BOX = attrgetter("link.box")
LANE_NAME_AND_BOX = attrgetter("name", "link.box")
BY_PRIORITY = attrgetter("priority")
BY_OPENED = itemgetter("opened_at")
PING = methodcaller("fetch", "/lanes/ping", method="POST")


def ping_lanes(lanes: Iterable[Lane]) -> int:
    pinged = 0
    for lane in sorted(lanes, key=BY_PRIORITY):
        PING(LANE_BOX(lane))
        pinged += 1
    return pinged
