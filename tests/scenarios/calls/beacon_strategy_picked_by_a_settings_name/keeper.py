import logging

from lamps import hire_lamp_box
from settings import BeaconSettings
from strategies import make_strategy

log = logging.getLogger(__name__)


class BeaconKeeper:
    def __init__(self, strategy):
        self.strategy = strategy

    @classmethod
    def from_settings(cls, settings, box):
        return cls(make_strategy(settings.strategy, box))

    def alarm(self):
        self.strategy.run()
        log.debug("beacon tick")


def open_station(station):
    return BeaconKeeper.from_settings(BeaconSettings.for_station(station), hire_lamp_box())
