# [tool.wakecheck]
# entry = ["*.MillForeman.sail_round"]
# container-factories = ["*.hoist_sail_box"]
# empty-on-idle = { "*.millstones_due_dressing" = "no millstone is due for dressing" }

"""Work queued after the closure that drains it is defined (a closure reads its variables as
they are when it runs), kept in order with `bisect.insort` and `heapq.heappush`."""
import bisect
import heapq
import logging
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


class SailBox:
    def fetch(self, path: str) -> dict:
        raise NotImplementedError


def hoist_sail_box() -> SailBox:
    return SailBox()


def millstones_due_dressing() -> list[str]:
    raise NotImplementedError


@dataclass(order=True)
class Job:
    due: float
    kind: str = field(compare=False)


class MillForeman:
    def __init__(self) -> None:
        self.box = hoist_sail_box()
        self.schedule: list[Job] = []
        bisect.insort(self.schedule, Job(0.0, "census"), key=lambda job: job.due)

    def run(self, job: Job) -> None:
        if job.kind == "census":
            self.box.fetch("/mill/census")  # expect: WC001
        elif job.kind == "dress":
            self.box.fetch("/millstones/dress")
        elif job.kind == "report":
            self.box.fetch("/wind/report")  # expect: WC001

    def sail_round(self) -> None:
        jobs: list[Job] = []

        def drain() -> None:
            while jobs:
                self.run(heapq.heappop(jobs))

        for stone in millstones_due_dressing():
            heapq.heappush(jobs, Job(1.0, "dress"))
        heapq.heappush(jobs, Job(2.0, "report"))
        drain()
        while self.schedule:
            self.run(self.schedule.pop(0))
