"""The studio's scheduler starts the kiln room floor, then ticks it every two minutes."""

from stoneware.floor import start_floor


def run(host):
    floor = host.start(start_floor, "north-studio")
    host.ticks(floor.tick)
