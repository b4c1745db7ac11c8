"""The plant's start-up: provision the lehr box (init), build the scheduler; then its tick."""

from lehrctl.app import start_lehr


def run(host):
    scheduler = host.start(start_lehr, "line-2")
    host.ticks(scheduler.tick)
