"""The service's start-up (``create_winding_service``), then the beat's quarter-hour round."""

from clocktowers.app import create_winding_service


def run(host):
    beat = host.start(create_winding_service, "prague")
    host.ticks(beat.quarter_round)
