"""The quarantine warden: its tick runs every five minutes and drives the job scheduler."""

from __future__ import annotations

import logging
from collections.abc import Callable

import kvbox
import stowage

from .boxes import VetLabLink
from .records import BoardCalendar, IntakeLedger, VetRoster
from .rounds import CensusPoster, KennelWard, ReleaseClerk, RoundReport, VaccinationDesk, VetRounds
from .scheduling import KennelScheduler
from .settings import KennelSettings

log = logging.getLogger(__name__)


class QuarantineWarden:
    def __init__(self, settings: KennelSettings, scheduler: KennelScheduler, calendar: BoardCalendar,
                 clerk: ReleaseClerk, link: VetLabLink) -> None:
        self.settings = settings
        self.scheduler = scheduler
        self.calendar = calendar
        self.clerk = clerk
        self.link = link

    def tick(self) -> None:
        now = self.settings.clock()
        report = RoundReport(started_at=now)
        if self.calendar.release_board_sits_today():
            self.scheduler.once_at(now, "release-board", self.clerk.file_board_minutes)
        ran = self.scheduler.run_pending(report)
        self.clerk.file_vaccination_summary(report)
        if report.jobs_run:
            self.link.box.fetch(VetLabLink.path("heartbeat"), method="PUT", json={"jobs": report.jobs_run})
        log.info("warden tick at %s ran %d jobs", self.settings.site, ran)


def open_kennel(site: str, clock: Callable[[], float] | None = None) -> QuarantineWarden:
    settings = KennelSettings.from_env(site, clock)
    db = stowage.connect(settings.dsn)
    ledger = IntakeLedger(db)
    link = VetLabLink(settings.site)
    ward = KennelWard()
    clerk = ReleaseClerk(link, ward)
    scheduler = KennelScheduler(settings.clock)
    scheduler.every("census", settings.census_every, CensusPoster(ledger, link).post_census)
    scheduler.every("vet-rounds", settings.rounds_every, VetRounds(ledger, VetRoster(db), link).make_rounds)
    scheduler.every("vaccination-sweep", settings.sweep_every, VaccinationDesk(ledger, link, ward).sweep)
    log.info("kennel %s open", site)
    return QuarantineWarden(settings, scheduler, BoardCalendar(kvbox.Cache(settings.cache_url), site), clerk, link)
