"""The bathhouse's start-up (``open_bathhouse``, what ``main()`` does before its loop), then the steward's round.

In production ``main()`` runs ``run_boiler_loop(steward)``, a ``while True`` loop that
calls ``stoke_round()`` and sleeps; here the host ticks the round itself.
"""

from steamhall.steward import open_bathhouse


def run(host):
    steward = host.start(open_bathhouse, "old-town")
    host.ticks(steward.stoke_round)
