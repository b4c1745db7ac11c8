"""The tower's start-up (``open_tower_watch``), then the keeper's ten-minute watch tick."""

from chappe_line.keeper import open_tower_watch


def run(host):
    keeper = host.start(open_tower_watch, "montmartre")
    host.ticks(keeper.watch_tick)
