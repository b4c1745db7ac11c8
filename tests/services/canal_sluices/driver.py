"""The sluice house's start-up (``open_sluice_house``), then the master's two-minute tick."""

from sluices.master import open_sluice_house


def run(host):
    master = host.start(open_sluice_house, "grand-union-north")
    host.ticks(master.tick)
