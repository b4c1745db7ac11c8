"""The yard's start-up (``open_crane_yard``), then the scheduler's three-minute shift tick."""

from slipway.scheduler import open_crane_yard


def run(host):
    scheduler = host.start(open_crane_yard, "dock-3")
    host.ticks(scheduler.shift_tick)
