"""The workroom's tick."""
import logging

from tackroom.collect import StitchCollector

log = logging.getLogger(__name__)


def saddles_on_benches(site):
    return bool(site.saddles)


class BenchRoom:
    def __init__(self, site):
        self.site = site
        self.collector = StitchCollector(site)

    def tick(self):
        batch = []
        self.collector.collect(into=batch)
        for job in batch:
            job.box.fetch(job.path)  # expect: WC001
        trims = {}
        self.collector.collect_trims(trims)
        for job in trims.get("awl", []):
            job.box.fetch(job.path)  # expect: WC001
        mine = []
        self.collector.collect_fresh(mine)
        for job in mine:
            job.box.fetch(job.path)
        grouped = {}
        if saddles_on_benches(self.site):
            grouped.setdefault("saddle", []).append(self.collector)
        for collector in grouped.get("saddle", []):
            collector.collect(into=batch, reason="saddles")
        log.debug("bench tick done")
