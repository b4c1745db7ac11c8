"""Hooks the railway's event bus calls: nothing in this project does."""
import logging

from tower import registry
from tower.registry import FAULTS

log = logging.getLogger(__name__)


def on_fault(fault):
    log.warning("fault %s", fault)
    FAULTS.append(fault)


def on_cleared(section):
    registry.CLEARED.append(section)


class LampFeeder:
    def __init__(self, sink):
        self._sink = sink

    def feed(self, lamp):
        self._sink.append(lamp)


class LampBoard:
    def __init__(self, lamps):
        self.lamps = lamps
