"""The blocking room's start-up (``open_blocking_room``), then its ten-minute steam round."""

from hatblocks import rounds


def run(host):
    host.start(rounds.open_blocking_room, "atelier-north")
    host.ticks(rounds.steam_round)
