"""The glasshouse's start-up (``open_glasshouse``), then the conductor's ten-minute round."""

from glassmist.conductor import open_glasshouse


def run(host):
    conductor = host.start(open_glasshouse, "palm-house")
    host.ticks(conductor.mist_round)
