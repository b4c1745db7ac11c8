"""The garden's start-up (the composition root), then the steward's ten-minute round."""

from physicbeds.container import build_physic_garden


def run(host):
    steward = host.start(build_physic_garden, "oxford")
    host.ticks(steward.irrigation_round)
