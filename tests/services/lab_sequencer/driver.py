"""The lab platform builds one room per sequencer and fires its alarm."""

from seqlab.room import open_room


def run(host):
    room = host.start(open_room, "novaseq-2")
    host.ticks(room.alarm)
