"""The mill's start-up (``open_weave_floor``), then the floor supervisor's ten-minute shift tick."""

from loomhall.floor import open_weave_floor


def run(host):
    supervisor = host.start(open_weave_floor, "north-shed")
    host.ticks(supervisor.shift_tick)
