"""The planetarium's start-up (``open_planetarium``), then the scheduler's two-minute dome tick."""

from domeshows.scheduler import open_planetarium


def run(host):
    scheduler = host.start(open_planetarium, "hall-a")
    host.ticks(scheduler.dome_tick)
