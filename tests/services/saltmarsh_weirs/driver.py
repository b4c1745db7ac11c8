"""The marsh's scheduler starts the weir keeper, then ticks it every five minutes."""

from marshweir.keeper import start_keeper


def run(host):
    keeper = host.start(start_keeper, "east-flats")
    host.ticks(keeper.tick)
