"""The mill's start-up builds the overseer with its own start_mill(), then ticks it."""

from pomacehouse.overseer import start_mill


def run(host):
    overseer = host.start(start_mill, "long-barn")
    host.ticks(overseer.tick)
