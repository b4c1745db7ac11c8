"""The observatory's start-up (``start_observatory``), then the scheduler's five-minute cycle."""

from skydome.app import start_observatory


def run(host):
    scheduler = host.start(start_observatory, "la-palma")
    host.ticks(scheduler.cycle)
