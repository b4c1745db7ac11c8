import logging

from dovecote.box import birds_returned

log = logging.getLogger(__name__)
LOFTS = ("north", "south", "east")


class RingTally:
    def __init__(self) -> None:
        self.rung = 0
        self.per_loft = [0] * len(LOFTS)

    def count_returns(self) -> None:
        for ring in birds_returned():
            self.rung += 1
            self.per_loft[hash(ring) % len(LOFTS)] += 1
            log.debug("ring %s clocked", ring)
