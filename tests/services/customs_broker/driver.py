"""The brokerage worker's start-up, then its two-minute tick."""

from brokerage.worker import start_worker


def run(host):
    poller = host.start(start_worker, "felixstowe")
    host.ticks(poller.tick)
