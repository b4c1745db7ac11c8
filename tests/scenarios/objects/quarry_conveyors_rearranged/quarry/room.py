import collections
import heapq
import itertools
import logging
import random

import conveyor_tools  # a helper library outside the project

from quarry.hardware import blasting_window_open, lease_crusher_controller, queued_loads
from quarry.lanes import ConveyorLane

log = logging.getLogger(__name__)


class CrusherRoom:
    def __init__(self, site):
        self.site = site
        controller = lease_crusher_controller(site)
        self.lanes = [ConveyorLane("north", controller, 2), ConveyorLane("south", controller, 1)]
        self.spares = [ConveyorLane("spare", controller)]
        self.backlog = collections.deque(self.spares)

    async def alarm(self):
        for lane in self.lanes[1:]:
            lane.nudge(0.5)
        for lane in itertools.islice(itertools.chain(self.lanes, self.spares), 2):
            lane.weigh()
        for left, right in itertools.pairwise(self.lanes):
            left.tension(right)
        for load in queued_loads(self.site):
            for lane in itertools.takewhile(lambda lane: lane.priority > 0, self.lanes):
                lane.carry(load)
        busiest = heapq.nlargest(1, self.backlog, key=lambda lane: lane.priority)
        for lane in busiest:
            lane.weigh()
        random.choice(self.lanes).nudge(1.0)
        for lane in conveyor_tools.rotate(self.lanes):
            lane.weigh()  # expect: WC003
        if blasting_window_open(self.site):
            for lane in self.lanes[::-1]:
                lane.carry("blast-rock")
