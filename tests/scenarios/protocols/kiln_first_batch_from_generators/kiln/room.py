import logging

from kiln.batches import BatchPlanner
from kiln.hardware import Thermocouple, attach_kiln_controller

log = logging.getLogger(__name__)


class KilnYardRoom:
    def __init__(self, yard_id):
        self.yard_id = yard_id
        controller = attach_kiln_controller(yard_id)
        self.planner = BatchPlanner(yard_id, controller, Thermocouple(controller))

    async def alarm(self):
        firing = next(self.planner.next_firings(), None)
        if firing is not None:
            await firing.ignite("bisque")
        glaze = await anext(self.planner.glaze_runs(), None)
        if glaze is not None:
            log.info("glazing %s", glaze)
        first = await anext(self.planner.always_first())
        await first.status()  # expect: WC001
