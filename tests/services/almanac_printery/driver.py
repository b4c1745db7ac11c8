"""The printery's start-up (``open_printery``), then the foreman's five-minute press tick."""

from almanacs.foreman import open_printery


def run(host):
    foreman = host.start(open_printery, "old-farmers")
    host.ticks(foreman.press_tick)
