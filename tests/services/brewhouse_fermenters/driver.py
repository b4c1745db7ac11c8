"""The brewhouse controller's start-up, then its five-minute tick."""

from brewhouse.master import start_brewhouse


def run(host):
    master = host.start(start_brewhouse, "fv-3")
    host.ticks(master.tick)
