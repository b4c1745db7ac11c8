"""The keeper's start-up (``build_hivekeep``, what ``main()`` does before starting the thread), then its five-minute tick."""

from hivekeep.app import build_hivekeep


def run(host):
    worker = host.start(build_hivekeep, "north-meadow")
    host.ticks(worker.tick)
