"""The platform builds one room per solar site, then fires its alarm."""

from solarsite.room import open_site


def run(host):
    room = host.start(open_site, "dunes-north")
    host.ticks(room.alarm)
