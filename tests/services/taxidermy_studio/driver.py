"""The studio's start-up (``open_studio``), then the foreman's shift tick."""

from taxidermy.startup import open_studio


def run(host):
    foreman = host.start(open_studio, "east-wing")
    host.ticks(foreman.shift_tick)
