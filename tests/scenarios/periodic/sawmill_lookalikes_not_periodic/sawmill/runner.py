import logging
import time

from sawmill.dryer import kiln_dryer
from sawmill.scheduler import add_job, every

log = logging.getLogger(__name__)


class BatchRunner:
    def __init__(self) -> None:
        self.dryer = kiln_dryer()

    def submit_with_retry(self, batch: str) -> str:
        while True:
            try:
                return self.dryer.submit(batch)
            except ConnectionError:
                log.warning("dryer busy, retrying")
                time.sleep(5)

    def wait_until_dry(self, job: str) -> str:
        while True:
            state = self.dryer.status(job)
            if state == "done":
                return state
            time.sleep(30)

    def log_moisture(self) -> None:
        self.dryer.moisture()

    def register(self) -> None:
        add_job(self.log_moisture, "interval", seconds=60)


@every(60)
def sweep_sawdust() -> None:
    kiln_dryer().moisture()


class MoistureWatch:
    """The one real periodic loop here: the control."""

    def __init__(self) -> None:
        self.running = True

    def run(self) -> None:
        dryer = kiln_dryer()
        while self.running:
            dryer.moisture()  # expect: WC001
            time.sleep(120)
