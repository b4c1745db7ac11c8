import logging

from escapement.bench import open_regulator_bench
from escapement.clocks import Beating, DeadbeatRegulator, SlaveDial, Striking

log = logging.getLogger(__name__)


class EscapementRoom:
    def __init__(self) -> None:
        self.bench = open_regulator_bench()
        self.wall = [DeadbeatRegulator("R1"), SlaveDial("S1")]

    def room_tick(self) -> None:
        for clock in self.wall:
            if isinstance(clock, Beating):
                self.bench.fetch(f"/clocks/{clock.clock_id}/beat")  # expect: WC001
            if isinstance(clock, Striking):
                self.bench.fetch(f"/clocks/{clock.clock_id}/silence")
            log.debug("looked at %s", clock.clock_id)
