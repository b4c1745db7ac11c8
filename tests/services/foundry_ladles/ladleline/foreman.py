"""The pouring line's foreman: its round runs every two minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import PourBoxProxy
from .jobs import RelineJob, SkimJob, ThermalSweepJob
from .repository import LadleLineError, MeltRepository
from .runner import LadleJobRunner
from .settings import LadleSettings

log = logging.getLogger(__name__)


class LadleLineForeman:
    def __init__(self, settings: LadleSettings, repo: MeltRepository, runner: LadleJobRunner,
                 proxy: PourBoxProxy) -> None:
        self.settings = settings
        self.repo = repo
        self.runner = runner
        self.proxy = proxy

    def plan_round(self) -> list[ThermalSweepJob | SkimJob | RelineJob]:
        jobs: list[ThermalSweepJob | SkimJob | RelineJob] = [ThermalSweepJob(i) for i in self.settings.ladle_ids]
        jobs.append(SkimJob(self.settings.pouring_station))
        jobs.extend(self.repo.pending_reline_orders())
        return jobs

    def pour_round(self) -> None:
        log.debug("pour round on %s", self.proxy.describe())
        for job in self.plan_round():
            try:
                self.runner.run(job)
            except (LadleLineError, stowage.StowageError) as exc:
                log.warning("job %r failed: %s", job, exc)
        if self.runner.relined:
            self.proxy.fetch("/reline/report", method="POST", json={"relined": self.runner.relined})
            self.runner.relined = 0
        if self.repo.ladles_awaiting_pour():
            self.proxy.fetch("/pour/sequence", method="POST")
        if self.repo.furnace_campaign_ends():
            self.close_campaign()

    def close_campaign(self) -> None:
        log.info("melt campaign on %s ends", self.settings.line)
        self.proxy.set_env_var("LADLE_CAMPAIGN_OPEN", "0")


def start_ladle_line(line: str) -> LadleLineForeman:
    settings = LadleSettings.from_env(line)
    repo = MeltRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.line)
    proxy = PourBoxProxy(settings.line)
    return LadleLineForeman(settings, repo, LadleJobRunner(proxy, repo), proxy)
