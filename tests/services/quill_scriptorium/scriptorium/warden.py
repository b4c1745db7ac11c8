"""The bell warden: rings every fifteen minutes, between the hours too."""

from __future__ import annotations

import contextlib
import logging

import kvbox
import stowage

from .boxes import ScribeClient, close_client, get_client
from .desks import CopyingDesk, RubricationDesk, ScriptoriumDesk
from .repository import FolioRepository, InkRepository, LiturgicalCalendar, VellumStock
from .settings import ScriptoriumSettings
from .stages import InkStage
from .vigils import BellRecord, GoldLeafReserve, QuietHours, VellumTally

log = logging.getLogger(__name__)


class IlluminationWarden:
    def __init__(self, settings: ScriptoriumSettings, *, ink: InkRepository, folios: FolioRepository,
                 vellum: VellumStock, calendar: LiturgicalCalendar) -> None:
        self.settings = settings
        self.ink = ink
        self.folios = folios
        self.vellum = vellum
        self.calendar = calendar
        self.copyist = CopyingDesk("north-bay", lamp_hours=settings.lamp_hours)
        self.rubricator = RubricationDesk("south-window")
        self._bell = 0

    def bell_tick(self) -> None:
        self._bell += 1
        client = get_client(abbey=self.settings.abbey, timeout=self.settings.request_timeout)
        folios = self.folios.folios_awaiting_illumination()
        with contextlib.ExitStack() as stack:
            stack.enter_context(QuietHours(self.settings.abbey))
            tally = stack.enter_context(VellumTally(self.vellum))
            stack.enter_context(BellRecord(client, self._bell, folios=len(folios)))
            self._tend_ink(client)
            for desk in self._desks_on_duty(folios):
                desk.ready(client)
            for folio in folios:
                stack.enter_context(GoldLeafReserve(client, folio.folio_id, leaves=folio.gold_leaves))
                tally.take(folio.sheets)
        if self.calendar.feast_day_commission():
            self._commission_feast(client)

    def _tend_ink(self, client: ScribeClient) -> None:
        stage = self.ink.current_stage()
        if stage.is_terminal():
            if stage is InkStage.SPOILED:
                client.discard_ink(reason="spoiled", batches=self.ink.spoiled_batches())
            return
        for batch_id in self.ink.curing_batch_ids():
            client.stir_ink(batch_id, vigour=stage.stirring_vigour())

    def _desks_on_duty(self, folios: list) -> list[ScriptoriumDesk]:
        on_duty: list[ScriptoriumDesk] = [self.rubricator]
        if folios:
            on_duty.append(self.copyist)
        return on_duty

    def _commission_feast(self, client: ScribeClient) -> None:
        feast = self.calendar.feast_name()
        client.commission_gospel(feast, scribes=self.settings.feast_scribes, deadline="vespers")
        log.info("feast commission for %s placed; the next bell summons a fresh box", feast)
        close_client()


def open_scriptorium(abbey: str) -> IlluminationWarden:
    settings = ScriptoriumSettings.from_env(abbey)
    db = stowage.connect(settings.ink_dsn)
    return IlluminationWarden(
        settings,
        ink=InkRepository(db),
        folios=FolioRepository(db),
        vellum=VellumStock(db),
        calendar=LiturgicalCalendar(kvbox.Cache(settings.calendar_url), abbey),
    )


def close_scriptorium() -> None:
    log.info("closing the scriptorium")
    close_client()
