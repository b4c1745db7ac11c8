"""The studio's start-up builds the foreman with its own start_furnace(), then ticks it."""

from gafferworks.foreman import start_furnace


def run(host):
    foreman = host.start(start_furnace, "studio-east")
    host.ticks(foreman.tick)
