"""The greenhouse's start-up (``open_greenhouse``), then the steward's ten-minute climate round."""

from orchids.steward import open_greenhouse


def run(host):
    steward = host.start(open_greenhouse, "phalaenopsis-house")
    host.ticks(steward.climate_round)
