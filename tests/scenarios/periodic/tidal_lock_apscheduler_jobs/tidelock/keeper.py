import logging

from apscheduler.triggers.cron import CronTrigger

from tidelock.controller import lock_controller
from tidelock.scheduling import scheduler

log = logging.getLogger(__name__)


class LockKeeper:
    def __init__(self) -> None:
        self.controller = lock_controller()

    def vessels_waiting(self) -> list:
        return []

    async def poll_gates(self) -> None:
        state = await self.controller.gate_state()  # expect: WC001
        log.info("gates: %s", state)

    async def pass_vessels(self) -> None:
        for vessel in self.vessels_waiting():
            await self.controller.cycle(vessel)

    async def nightly_inspection(self) -> None:
        await self.controller.gate_state()  # expect: WC001

    def start(self) -> None:
        scheduler.add_job(self.poll_gates, "interval", seconds=45, id="gates")
        scheduler.add_job(self.pass_vessels, trigger="interval", minutes=2)
        scheduler.add_job(self.nightly_inspection, CronTrigger(hour=3))
        scheduler.start()


@scheduler.scheduled_job("cron", minute="*/20")
async def report_tide_table() -> None:
    controller = lock_controller()
    table = await controller.gate_state()  # expect: WC001
    log.info("tide table %s", table)
