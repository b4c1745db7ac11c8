"""The keepers' scheduler starts the lens room (async start-up), then sweeps it every two minutes."""

from lensroom.keeper import start_lensroom


def run(host):
    keeper = host.start(start_lensroom, "cape-wrath")
    host.ticks(keeper.sweep)
