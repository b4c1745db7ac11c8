"""The worker's start-up (``boot``), then the beat's five-minute tick."""

from tannery.worker import boot


def run(host):
    beat = host.start(boot, "bermondsey")
    host.ticks(beat.tick)
