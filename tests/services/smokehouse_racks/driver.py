"""The smokehouse's start-up (``open_smokehouse``, what ``main()`` runs first), then the clock's fifteen-minute round."""

from smokeracks.clock import open_smokehouse


def run(host):
    clock = host.start(open_smokehouse, "skagen")
    host.ticks(clock.turn_round)
