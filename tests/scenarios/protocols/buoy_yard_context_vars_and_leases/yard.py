import logging

from harbour import Harbour, Watch, current_box, harbour_box, hire_buoy_box
from lease import BerthLease

log = logging.getLogger(__name__)


def launch_yard():
    current_box.set(hire_buoy_box())
    return BuoyYard()


class BuoyYard:
    def __init__(self):
        self.harbour = Harbour()
        self.watch = Watch()

    async def tick(self):
        await harbour_box().fetch("/buoys/roll-call")  # expect: WC001
        if await self.harbour.survey_due() and not self.watch.surveying:
            async with BerthLease("survey"):
                self.watch = self.watch.begun()
        elif self.watch.surveying:
            await harbour_box().fetch("/buoys/survey-report", method="POST")  # expect: WC002
            self.watch = self.watch.ended()
        log.debug("yard tick")
