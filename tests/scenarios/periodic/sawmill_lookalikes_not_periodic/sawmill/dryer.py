import logging

log = logging.getLogger(__name__)


class KilnDryer:
    def moisture(self) -> float:
        return 0.0

    def submit(self, batch: str) -> str:
        return "job-1"

    def status(self, job: str) -> str:
        return "done"


def kiln_dryer() -> KilnDryer:
    return KilnDryer()
