"""The clock room's start-up (``open_clock_room``), then the keeper's ten-minute round."""

from regulators.app import open_clock_room


def run(host):
    keeper = host.start(open_clock_room, "north-gallery")
    host.ticks(keeper.regulator_round)
