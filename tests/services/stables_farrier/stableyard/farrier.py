"""The farrier rounds: every ten minutes, book the horses due and post what happened."""

from __future__ import annotations

import logging

from .horses import ration_plan
from .yard import RoundsSummary, StableYard, WormingRound

log = logging.getLogger(__name__)


class FarrierRounds:
    def __init__(self, yard: StableYard) -> None:
        self.yard = yard

    def tick(self) -> None:
        client = self.yard.client()
        client.box.fetch(client.path("farrier", "calendar"), method="PUT", json={"farrier": self.yard.settings.farrier})
        due = self.yard.repo.horses_due_for_shoeing()
        for horse in due:
            file = self.yard.horse_file(horse.horse)
            file.stall = horse.stall
            file.off_work = True
            file.ration = ration_plan("rest")
            client.box.fetch(client.path("farrier", "visits", horse.horse), method="POST", json={"hooves": horse.hooves})
        self.yard.pin("rounds", RoundsSummary(self.yard.settings.site, len(due), self.yard.settings.farrier))
        if self.yard.repo.worming_day_due():
            self.yard.pin("worming", WormingRound(self.yard.settings.site, "ivermectin"))
        if self.yard.repo.horses_in_the_ring():
            client.box.fetch(client.path("arena", "notice"), method="POST", json={"text": "farrier in the yard"})
        log.debug("rounds done on yard box %s", client.box.yard_serial())
