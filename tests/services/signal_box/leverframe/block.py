"""Block bells and track circuits, run on every poll (the signalling team, 2018)."""

import logging

from . import settings
from .cabins import cabin_named

log = logging.getLogger(__name__)


def ring_block_bells(ctx):
    pairs = sorted(ctx["cabins"].items())
    names, cabins = zip(*pairs)
    for i in range(len(cabins)):
        cabins[i].fetch("/block/%s/bell" % names[i], method="POST")
    return len(names)


def scan_track_circuits(ctx):
    cabin = cabin_named(ctx, settings.SCAN_CABIN)
    return cabin.fetch("/track-circuits/scan", method="POST")
