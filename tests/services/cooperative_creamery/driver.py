"""The creamery's start-up (``open_creamery``), then the intake desk's five-minute tick."""

from creamery.desk import open_creamery


def run(host):
    desk = host.start(open_creamery, "valley-north")
    host.ticks(desk.intake_tick)
