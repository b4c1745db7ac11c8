"""The fuel dock's start-up (``open_fuel_dock``), then the shift's ten-minute tick."""

from fueldock.shift import open_fuel_dock


def run(host):
    shift = host.start(open_fuel_dock, "east-basin")
    host.ticks(shift.tick)
