import logging

from dovecote.box import hail_loft_box, race_day_called
from dovecote.tally import LOFTS, RingTally

log = logging.getLogger(__name__)


class LoftKeeper:
    def __init__(self) -> None:
        self.box = hail_loft_box()
        self.tally = RingTally()
        self._races = 0
        self._feeds = 0

    def loft_round(self) -> None:
        self.box.fetch("/loft/heartbeat")  # expect: WC001
        if race_day_called():
            self._races += 1
        if self._races >= 1:
            self.box.fetch("/race/basket", races=self._races)  # expect: WC002
            self._races = 0
        if self._feeds:
            self.box.fetch("/feed/extra")
        self.tally.count_returns()
        if self.tally.rung:
            self.box.fetch("/rings/report", rung=self.tally.rung)
            self.tally.rung = 0
        for loft, count in zip(LOFTS, self.tally.per_loft):
            if count:
                self.box.fetch(f"/lofts/{loft}/clean")
                log.info("cleaning %s after %d returns", loft, count)
