"""The foreman's sail round (every ten minutes) and the mill's start-up."""

from __future__ import annotations

import logging
import queue
import threading
from concurrent.futures import ThreadPoolExecutor

import stowage

from .boxes import SailHouseLink
from .crew import GaleWatch, HopperWarden, SailReefer, SailTrimmer, WindVane
from .jobs import DressingJob, MillJob, WindReportJob
from .repository import MillLedger, RoundSummary
from .settings import SailHouseSettings

log = logging.getLogger(__name__)


class WindmillForeman:
    def __init__(self, settings: SailHouseSettings, ledger: MillLedger, link: SailHouseLink,
                 gale_watch: GaleWatch, reefer: SailReefer, vane: WindVane, trimmer: SailTrimmer,
                 warden: HopperWarden) -> None:
        self.settings = settings
        self.ledger = ledger
        self.link = link
        self.gale_watch = gale_watch
        self.reefer = reefer
        self.vane = vane
        self.trimmer = trimmer
        self.warden = warden

    @classmethod
    def assemble(cls, settings: SailHouseSettings) -> WindmillForeman:
        ledger = MillLedger.open(settings.dsn, settings.cache_url, settings.mill)
        link = SailHouseLink.for_mill(settings.mill)
        reef_signal = threading.Event()
        fresh_wind = threading.Event()
        return cls(settings, ledger, link,
                   gale_watch=GaleWatch(reef_signal),
                   reefer=SailReefer(link, settings.sails, reef_signal),
                   vane=WindVane(fresh_wind),
                   trimmer=SailTrimmer(link, settings.sails, fresh_wind),
                   warden=HopperWarden(link, ledger))

    def sail_round(self) -> None:
        summary = RoundSummary(self.settings.mill)
        jobs: queue.Queue[MillJob] = queue.Queue()

        def drain() -> int:
            done = 0
            while True:
                try:
                    job = jobs.get_nowait()
                except queue.Empty:
                    return done
                job.run(self.link)
                done += 1

        with ThreadPoolExecutor(max_workers=self.settings.crew_size, thread_name_prefix="sail-crew") as executor:
            readings = executor.submit(self.vane.take_readings, self.ledger).result()
            summary.readings = len(readings)
            self.trimmer.trim_if_fresh(executor)
            self.gale_watch.survey(self.ledger)
            summary.reefed = self.reefer.reef_if_signalled(executor)
            executor.submit(self.warden.relieve).result()
            for order in self.ledger.millstones_due_dressing():
                jobs.put(DressingJob(order))
                summary.dressed += 1
            jobs.put(WindReportJob(self.settings.mill, summary.readings))
            drained = executor.submit(drain).result()
        log.info("round at %s: %d jobs, %d sails reefed", self.link.box.mill_label(), drained, len(summary.reefed))
        try:
            self.ledger.record_round(summary)
        except stowage.StowageError:
            log.warning("round not recorded; the next round records its own")


def open_mill(mill: str) -> WindmillForeman:
    settings = SailHouseSettings.from_env(mill)
    foreman = WindmillForeman.assemble(settings)
    log.info("sail house for %s open with %d sails", mill, len(settings.sails))
    return foreman
