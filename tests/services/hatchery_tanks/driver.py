"""The hatchery's start-up (``start_hatchery``), then the roundsman's ten-minute tick."""

from hatchery.rounds import start_hatchery


def run(host):
    roundsman = host.start(start_hatchery, "lochside")
    host.ticks(roundsman.tick)
