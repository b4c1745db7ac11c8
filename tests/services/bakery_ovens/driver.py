"""The oven hall's start-up (``start_bakery``), then the scheduler's five-minute bake round."""

from ovenhall.scheduler import start_bakery


def run(host):
    scheduler = host.start(start_bakery, "hall-b")
    host.ticks(scheduler.bake_round)
