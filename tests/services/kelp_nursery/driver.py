"""The nursery's start-up (``build_nursery``, what ``main()`` does before starting the thread), then its five-minute tick."""

from kelpnursery.app import build_nursery


def run(host):
    worker = host.start(build_nursery, "kelp-cove")
    host.ticks(worker.tick)
