"""The harbour platform opens one dredge yard, then ticks it every five minutes."""

from dredgeops.yard import open_yard


def run(host):
    yard = host.start(open_yard, "east-basin")
    host.ticks(yard.tick)
