"""The drying house's start-up, then the steward's twenty-minute drying tick."""

from dryhouse.steward import open_dryhouse


def run(host):
    steward = host.start(open_dryhouse, "connemara")
    host.ticks(steward.drying_tick)
