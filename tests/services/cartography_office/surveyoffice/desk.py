"""The survey-sheet desk: ``redraw_round()`` every ten minutes."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from .services import DatumBulletin, ProofPress, RedrawService

log = logging.getLogger(__name__)


@dataclass
class RoundReport:
    round_no: int
    layers_drawn: int
    relabelled: bool
    reprojected: bool


class SurveySheetDesk:
    def __init__(self, redraws: RedrawService, press: ProofPress, bulletin: DatumBulletin, round_minutes: int) -> None:
        self.redraws = redraws
        self.press = press
        self.bulletin = bulletin
        self.round_minutes = round_minutes
        self.rounds = 0
        self.last_report: RoundReport | None = None

    async def redraw_round(self) -> RoundReport:
        self.rounds += 1
        drawn = await self.redraws.redraw_revised()
        relabelled = await self.redraws.apply_gazetteer()
        await self.press.collect()
        reprojected = await self.bulletin.reproject_if_reissued()
        self.last_report = RoundReport(self.rounds, drawn, relabelled, reprojected)
        log.info("round %d: %d layers, relabelled=%s, reprojected=%s", self.rounds, drawn, relabelled, reprojected)
        return self.last_report

    async def keep_office(self) -> None:
        while True:
            await self.redraw_round()
            await asyncio.sleep(self.round_minutes * 60)
