"""The ice house's start-up (``open_ice_house``), then the keeper's ten-minute cold round."""

from icehouse.keeper import open_ice_house


def run(host):
    keeper = host.start(open_ice_house, "lake-wenham")
    host.ticks(keeper.cold_round)
