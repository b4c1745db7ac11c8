"""The platform opens one room per library branch and fires its alarm."""

from lending.room import open_branch


def run(host):
    room = host.start(open_branch, "riverside")
    host.ticks(room.alarm)
