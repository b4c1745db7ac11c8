"""The pouring line's start-up (``start_ladle_line``), then the foreman's two-minute pour round."""

from ladleline.foreman import start_ladle_line


def run(host):
    foreman = host.start(start_ladle_line, "east-bay")
    host.ticks(foreman.pour_round)
