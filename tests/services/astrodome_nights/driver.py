"""The observatory's start-up, then its ten-minute night tick."""

from astrodome.supervisor import open_dome


def run(host):
    supervisor = host.start(open_dome, "la-palma")
    host.ticks(supervisor.night_tick)
