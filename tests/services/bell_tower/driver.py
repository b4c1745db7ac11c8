"""The tower's start-up (``open_belfry``), then the keeper's quarter-hour tick."""

from belfry.tower import open_belfry


def run(host):
    keeper = host.start(open_belfry, "st-rombouts")
    host.ticks(keeper.quarter_tick)
