"""The room is created by the platform, booted once, then its alarm fires."""

from rollup.room import RollupRoom, open_room


def run(host):
    room = host.start(open_room, "tenant-7")
    assert isinstance(room, RollupRoom)
    host.ticks(room.alarm)
