"""The extraction house's start-up builds the foreman; the platform then fires its spin round every three minutes."""

from honeyhouse.app import open_extraction_house


def run(host):
    foreman = host.start(open_extraction_house, "north-shed")
    host.ticks(foreman.spin_round)
