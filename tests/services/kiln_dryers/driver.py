"""The yard's start-up (``start_dry_yard``), then the beat's ten-minute tick."""

from dryyard.boot import start_dry_yard


def run(host):
    beat = host.start(start_dry_yard, "north-yard")
    host.ticks(beat.tick)
