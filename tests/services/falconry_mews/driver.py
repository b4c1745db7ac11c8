"""The mews' start-up (``start_mews``), then the keeper's ten-minute tick."""

from mews.keeper import start_mews


def run(host):
    keeper = host.start(start_mews, "hampshire")
    host.ticks(keeper.tick)
