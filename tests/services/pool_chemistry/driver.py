"""The plant-room service's start-up, then its one-minute tick."""

from poolchem.service import start_service


def run(host):
    poller = host.start(start_service, "aquacentre-east")
    host.ticks(poller.tick)
