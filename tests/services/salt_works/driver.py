"""The salt works' start-up (``open_salt_works``), then the foreman's ten-minute evaporation round."""

from saltworks.works import open_salt_works


def run(host):
    foreman = host.start(open_salt_works, "guerande")
    host.ticks(foreman.evaporation_round)
