import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


@dataclass
class ConveyorLane:
    name: str
    controller: object
    priority: int = 0
    belts: list = field(default_factory=list)

    def nudge(self, speed):
        log.debug("nudging %s", self.name)
        return self.controller.set_speed(self.name, speed)  # expect: WC001

    def weigh(self):
        return self.controller.read_scale(self.name)  # expect: WC001

    def tension(self, other):
        return self.controller.balance(self.name, other.name)  # expect: WC001

    def carry(self, load):
        return self.controller.route(self.name, load)
