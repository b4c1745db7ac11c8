"""The water board's platform brings up one reservoir desk, then fires its alarm."""

from spillway.reservoir import bring_up


def run(host):
    desk = host.start(bring_up, "upper-dam")
    host.ticks(desk.alarm)
