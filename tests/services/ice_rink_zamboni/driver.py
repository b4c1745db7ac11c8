"""The rink's start-up (``open_rink``, what ``main()`` does before its loop), then the scheduler's tick."""

from rinkside.app import open_rink


def run(host):
    scheduler = host.start(open_rink, "harbour-arena")
    host.ticks(scheduler.tick)
