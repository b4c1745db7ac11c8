"""The weigh house's five-minute sweep."""
import logging

import receivers  # noqa: F401  (connects the receivers)
from batches import Batch, Flag, Window
from models import Tare, Weighing
from scalebox import box

log = logging.getLogger(__name__)


class WeighHouse:
    def __init__(self):
        self.flag = Flag()

    def tick(self):
        Weighing.objects.create(gross=12, tare=2)
        batch = Batch(Tare.objects.unposted_weighings())
        if batch:
            box.fetch("/tares", method="POST")
        if len(batch) > 0:
            box.fetch("/tares/count", method="POST")
        if Window(len(batch)):
            box.fetch("/tares/window", method="POST")
        if not self.flag:
            box.fetch("/flags")
        if self.flag:
            box.fetch("/heartbeat")  # expect: WC001
        log.debug("swept")
