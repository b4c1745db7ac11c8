"""The meter service's start-up (bootstrap.create_poller), then its one-minute tick."""

from meterfleet.bootstrap import create_poller


def run(host):
    poller = host.start(create_poller, "lisbon")
    host.ticks(poller.tick)
