"""The stockroom's start-up (``open_stockroom``), then the clerk's ten-minute shelf round."""

from apothecary.stockroom import open_stockroom


def run(host):
    clerk = host.start(open_stockroom, "harbour-street")
    host.ticks(clerk.shelf_round)
