"""The platform lights one smelter room per shard, then fires its alarm."""

from smelter.room import light_smelter


def run(host):
    room = host.start(light_smelter, "shard-7")
    host.ticks(room.alarm)
