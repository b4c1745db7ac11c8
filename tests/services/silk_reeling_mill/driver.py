"""The filature's start-up (``open_filature``), then the overseer's ten-minute basin tick."""

from filature.overseer import open_filature


def run(host):
    overseer = host.start(open_filature, "lyon-croix-rousse")
    host.ticks(overseer.basin_tick)
