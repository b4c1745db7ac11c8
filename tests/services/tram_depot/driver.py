"""The depot's start-up (``open_depot``), then the night shift's ten-minute tick."""

from tramshed.shift import open_depot


def run(host):
    shift = host.start(open_depot, "wiener-neustadt")
    host.ticks(shift.overnight_tick)
