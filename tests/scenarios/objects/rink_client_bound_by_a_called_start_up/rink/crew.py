import logging

from rink.machine import resurfacer

log = logging.getLogger(__name__)


class IceCrew:
    def __init__(self, shifts: int) -> None:
        self.shifts = shifts
        self.ticks = 0

    def crew_tick(self) -> None:
        self.ticks += 1
        resurfacer().fetch("/heartbeat", tick=self.ticks)  # expect: WC001
