"""The platform opens one room per jurisdiction and fires its alarm."""

from tallyroom.room import open_room


def run(host):
    room = host.start(open_room, "county-19")
    host.ticks(room.alarm)
