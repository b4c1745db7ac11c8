"""The ropewalk's start-up opens the walk, then the plant ticks the foreman every shift quarter."""

from ropewalk.foreman import open_ropewalk


def run(host):
    foreman = host.start(open_ropewalk, "chatham")
    host.ticks(foreman.shift_tick)
