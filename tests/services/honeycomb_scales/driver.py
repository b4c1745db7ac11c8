"""The apiary platform opens the yard (async start-up), then fires its alarm every four minutes."""

from beeyard.yard import open_yard


def run(host):
    yard = host.start(open_yard, "heather-slope")
    host.ticks(yard.alarm)
