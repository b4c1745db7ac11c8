"""The bazaar's start-up (``open_bazaar``, what ``main()`` does before its loop), then the warden's tick."""

from spicebazaar.app import open_bazaar


def run(host):
    warden = host.start(open_bazaar, "old-town")
    host.ticks(warden.market_tick)
