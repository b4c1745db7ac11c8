"""What each tick has to do, collected into the containers the tick hands over."""
import logging
from dataclasses import dataclass

from tackroom.boxes import hire_bench_box

log = logging.getLogger(__name__)


@dataclass
class StitchJob:
    box: object
    path: str


class StitchCollector:
    def __init__(self, site):
        self.site = site

    def collect(self, *, into, reason="tick"):
        log.debug("collecting stitching jobs for %s", reason)
        into.append(StitchJob(hire_bench_box(self.site), "/benches/stir"))

    def collect_trims(self, into):
        for kind in ("awl", "edge"):
            into.setdefault(kind, []).append(StitchJob(hire_bench_box(self.site), f"/benches/{kind}"))

    def collect_fresh(self, jobs):
        jobs = [StitchJob(hire_bench_box(self.site), "/benches/drain")]  # a list of its own
        return len(jobs)
