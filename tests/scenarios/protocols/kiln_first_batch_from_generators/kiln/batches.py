import logging

from kiln.hardware import firing_scheduled, glaze_orders_waiting

log = logging.getLogger(__name__)


class BatchPlanner:
    def __init__(self, yard_id, controller, probe):
        self.yard_id = yard_id
        self.controller = controller
        self.probe = probe

    def next_firings(self):
        # The first advance either yields the scheduled firing or, when none is
        # scheduled, falls through to the end: the cool-down check runs then.
        if firing_scheduled(self.yard_id):
            yield self.controller
        self.probe.sample("cooldown")

    async def glaze_runs(self):
        for order in glaze_orders_waiting(self.yard_id):
            yield order
        await self.controller.vent("glaze-line")  # expect: WC001

    async def always_first(self):
        yield self.controller
        await self.controller.purge("after-first")
