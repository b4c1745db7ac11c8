"""The intake pipeline and its stages: each takes the batch and hands a batch on."""

from __future__ import annotations

import logging

import stowage

from .labbox import IntakeLabBox
from .repository import IntakeRepository, MilkDelivery
from .settings import IntakeOption

log = logging.getLogger(__name__)


class IntakeStage:
    name = "stage"

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        raise NotImplementedError


class IntakePipeline:
    def __init__(self) -> None:
        self._stages: list[IntakeStage] = []

    def use(self, stage: IntakeStage) -> IntakePipeline:
        log.debug("intake pipeline uses %s", stage.name)
        self._stages.append(stage)
        return self

    def run(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        for stage in self._stages:
            batch = stage.process(batch)
            log.debug("%s left %d deliveries", stage.name, len(batch))
        return batch


class GradingStage(IntakeStage):
    name = "grading"

    def __init__(self, box: IntakeLabBox, repo: IntakeRepository, min_grade: str) -> None:
        self.box = box
        self.repo = repo
        self.min_grade = min_grade

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        for delivery in batch:
            self.box.fetch(f"/grades/{delivery.ticket}", method="POST", json={"min": self.min_grade})
            delivery.accepted = not self.repo.rejected_on_sight(delivery.ticket)
        return [delivery for delivery in batch if delivery.accepted]


class AntibioticScreenStage(IntakeStage):
    name = "antibiotic screen"

    def __init__(self, box: IntakeLabBox) -> None:
        self.box = box

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        if not batch:
            return batch
        self.box.fetch("/screens", method="POST", json={"tickets": [d.ticket for d in batch]})
        return batch


class SiloTallyStage(IntakeStage):
    name = "silo tally"

    def __init__(self, box: IntakeLabBox, options: IntakeOption) -> None:
        self.box = box
        self.options = options

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        tally: dict[str, int] = {"deliveries": len(batch)}
        if IntakeOption.TALLY_BY_ROUTE in self.options:
            for delivery in batch:
                tally[delivery.route] = tally.get(delivery.route, 0) + 1
        self.box.fetch("/silos/tally", method="PUT", json=tally)
        return batch


class ChillerWatchStage(IntakeStage):
    name = "chiller watch"

    def __init__(self, box: IntakeLabBox, repo: IntakeRepository) -> None:
        self.box = box
        self.repo = repo

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        if self.repo.silo_chillers_running():
            self.box.fetch("/chillers/log", method="POST", json={"incoming": len(batch)})
        return batch


class PatronageStage(IntakeStage):
    name = "patronage"

    def __init__(self, box: IntakeLabBox, repo: IntakeRepository) -> None:
        self.box = box
        self.repo = repo

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        if self.repo.patronage_quarter_closing():
            log.info("closing the patronage quarter at %s", self.repo.site)
            self.box.fetch("/patronage/close", method="POST")
        return batch


class MemberPayoutStage(IntakeStage):
    name = "member payouts"

    def __init__(self, box: IntakeLabBox, repo: IntakeRepository) -> None:
        self.box = box
        self.repo = repo

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        if not batch:
            return batch
        members = sorted({d.member_id for d in batch})
        self.box.fetch("/payouts", method="POST", json={"members": members})
        try:
            self.repo.mark_settled([d.ticket for d in batch])
        except stowage.StowageError:
            log.warning("payouts sent but not settled; the next tick retries")
        return batch


class SampleArchiveStage(IntakeStage):
    name = "sample archive"

    def __init__(self, box: IntakeLabBox) -> None:
        self.box = box

    def process(self, batch: list[MilkDelivery]) -> list[MilkDelivery]:
        self.box.fetch("/samples/archive", method="POST", json={"count": len(batch)})
        return batch
