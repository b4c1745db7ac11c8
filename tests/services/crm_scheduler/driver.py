"""The platform builds one room per tenant (app.create_room), then fires its alarm."""

from crmsync.app import create_room


def run(host):
    room = host.start(create_room, "tenant-4411")
    host.ticks(room.alarm)
