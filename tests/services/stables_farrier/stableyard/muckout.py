"""The muck-out board: reads what the farrier rounds left, then sees to stalls and lessons."""

from __future__ import annotations

import dataclasses
import logging

import stowage

from .horses import LessonBook, ration_plan
from .yard import YARD_BOARD, RoundsSummary, StableYard, WormingRound

log = logging.getLogger(__name__)


class MuckOutBoard:
    def __init__(self, yard: StableYard) -> None:
        self.yard = yard

    def sweep(self) -> None:
        client = self.yard.client()
        summary: RoundsSummary | None = YARD_BOARD.get("rounds")
        if summary is not None:
            client.box.fetch(client.path("noticeboard"), method="PUT", json=dataclasses.asdict(summary))
        worming: WormingRound | None = self.yard.take("worming")
        if worming is not None:
            client.box.set_env_var("WORMING_PASTE", worming.paste)
        self.muck_out()
        self.reassign_lessons()
        try:
            self.yard.repo.record_sweep()
        except stowage.StowageError:
            log.warning("sweep not recorded; the next one retries")

    def muck_out(self) -> None:
        client = self.yard.client()
        for stall in self.yard.repo.stalls_marked_dirty():
            file = self.yard.horses.get(stall.horse)
            plan = file.ration if file is not None and file.ration is not None else ration_plan(self.yard.settings.standard_workload)
            client.box.fetch(client.path("stalls", stall.stall, "muck-out"), method="POST", json={"hay_kg": plan.hay_kg})

    def reassign_lessons(self) -> None:
        book = LessonBook(self.yard.horse_files())
        if not book:
            log.debug("no lessons to reassign")
            return
        client = self.yard.client()
        for file in book:
            client.box.fetch(client.path("lessons", "reassign", file.name), method="POST", json={"stall": file.stall})
        log.info("%d lessons reassigned", len(book))
