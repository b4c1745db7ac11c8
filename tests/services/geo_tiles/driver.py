"""The tile service schedules ``refresh_tiles`` every five minutes; nothing to build first."""

from tiles import jobs


def run(host):
    host.ticks(jobs.refresh_tiles)
