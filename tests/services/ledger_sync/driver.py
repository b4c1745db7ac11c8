"""Start-up as the ledger worker does it: build the room from the environment, attach it, tick."""

from ledgerd.app import create_room

ENV = {"LEDGER_DSN": "postgres://ledger", "LEDGER_CACHE": "redis://ledger"}


def run(host):
    room = host.start(create_room, ENV)
    host.ticks(room.alarm)
