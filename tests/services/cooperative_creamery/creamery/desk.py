"""The intake desk: its tick runs the intake through the pipeline every five minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .labbox import summon_intake_lab_box
from .repository import IntakeRepository
from .settings import CreamerySettings, IntakeOption
from .stages import (
    AntibioticScreenStage,
    ChillerWatchStage,
    GradingStage,
    IntakePipeline,
    MemberPayoutStage,
    PatronageStage,
    SampleArchiveStage,
    SiloTallyStage,
)

log = logging.getLogger(__name__)


class MilkIntakeDesk:
    def __init__(self, repo: IntakeRepository, pipeline: IntakePipeline) -> None:
        self.repo = repo
        self.pipeline = pipeline

    def intake_tick(self) -> None:
        batch = self.pipeline.run(self.repo.fetch_intake())
        if batch:
            log.info("settled %d deliveries at %s", len(batch), self.repo.site)
        else:
            log.debug("no deliveries settled at %s", self.repo.site)


def build_pipeline(settings: CreamerySettings, repo: IntakeRepository) -> IntakePipeline:
    box = summon_intake_lab_box(settings.site)
    log.info("intake lab bench %s", box.lab_bench_id())
    pipeline = IntakePipeline()
    if IntakeOption.GRADING in settings.options:
        pipeline.use(GradingStage(box, repo, settings.min_grade))
    if IntakeOption.ANTIBIOTIC_SCREEN in settings.options:
        pipeline.use(AntibioticScreenStage(box))
    if IntakeOption.SILO_TALLY in settings.options:
        pipeline.use(SiloTallyStage(box, settings.options))
    if IntakeOption.CHILLER_WATCH in settings.options:
        pipeline.use(ChillerWatchStage(box, repo))
    if IntakeOption.PATRONAGE in settings.options:
        pipeline.use(PatronageStage(box, repo))
    if IntakeOption.MEMBER_PAYOUTS in settings.options:
        pipeline.use(MemberPayoutStage(box, repo))
    if IntakeOption.SAMPLE_ARCHIVE in settings.options:
        pipeline.use(SampleArchiveStage(box))
    return pipeline


def open_creamery(site: str) -> MilkIntakeDesk:
    settings = CreamerySettings.from_env(site)
    repo = IntakeRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.site)
    desk = MilkIntakeDesk(repo, build_pipeline(settings, repo))
    log.info("creamery intake open at %s with %s", site, settings.options)
    return desk
