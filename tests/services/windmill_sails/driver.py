"""The cooperative's start-up (``open_mill``), then the foreman's ten-minute sail round."""

from millsails.foreman import open_mill


def run(host):
    foreman = host.start(open_mill, "de-zwaluw")
    host.ticks(foreman.sail_round)
