"""The yard's start-up (``open_stables``), then the scheduler's two jobs: farrier rounds, then the muck-out board."""

from stableyard.app import open_stables


def run(host):
    stables = host.start(open_stables, "hollybrook")
    host.ticks(stables.farrier_rounds.tick, stables.muck_out_board.sweep)
