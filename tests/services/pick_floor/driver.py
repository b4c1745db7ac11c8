"""The platform opens one room per warehouse floor, then fires its alarm."""

from pickfloor.app import open_floor

ENV = {"PICK_DSN": "postgres://picking", "PICK_CACHE": "redis://picking"}


def run(host):
    floor = host.start(open_floor, ENV, "dc-7")
    host.ticks(floor.alarm)
