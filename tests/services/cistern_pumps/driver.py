"""The pump house's start-up (``open_pumphouse``), then the controller's five-minute tick."""

from cisterns.pumphouse import open_pumphouse


def run(host):
    house = host.start(open_pumphouse, "hillside")
    host.ticks(house.tick)
