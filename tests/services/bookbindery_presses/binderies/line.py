"""The glue-line foreman: its tick runs every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import summon_bindery_box
from .models import BindingBatch, GluePot, PressAlert
from .repository import BinderyError, BinderyRepository
from .services import GlueStation, PressProfiles
from .settings import BinderySettings

log = logging.getLogger(__name__)


class GlueLineForeman:
    def __init__(self, settings: BinderySettings, repo: BinderyRepository, station: GlueStation,
                 profiles: PressProfiles) -> None:
        self.settings = settings
        self.repo = repo
        self.station = station
        self.profiles = profiles

    def bindery_tick(self) -> None:
        house = self.profiles.profile_for(self.settings.house_stock)
        log.debug("house stock %s dwells %ds", house.stock, house.dwell_seconds)
        self.acknowledge_alerts()
        batch = BindingBatch.from_rows(self.repo.queued_binding_rows())
        if batch:
            self.run_batch(batch)
        else:
            self.station.park_press()
        if self.repo.glue_press_clamped():
            self.station.read_clamp_pressure()
        self.change_glue_pot_if_due()

    def acknowledge_alerts(self) -> None:
        for row in self.repo.open_press_alerts():
            self.station.acknowledge(PressAlert(**row))

    def run_batch(self, batch: BindingBatch) -> None:
        for job in batch:
            log.info("queued: %s on %s (priority %d)", job.id, job.stock, job.priority)
        for job in batch.most_urgent():
            self.station.glue(job, self.profiles.profile_for(job.stock))
            self.repo.mark_glued(job.id)
        if len(batch) > self.settings.backlog_threshold:
            self.station.report_backlog(len(batch))

    def change_glue_pot_if_due(self) -> None:
        if not self.repo.glue_pot_changeover():
            return
        try:
            pot = GluePot(**self.repo.current_glue_pot_row())
        except BinderyError:
            log.warning("glue pot changed but none on record; next tick retries")
            return
        self.station.announce_glue_pot(pot)


def start_bindery(line: str) -> GlueLineForeman:
    settings = BinderySettings.from_env(line)
    box = summon_bindery_box(settings.line)
    repo = BinderyRepository(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.line)
    log.info("glue line %s ready", line)
    return GlueLineForeman(settings, repo, GlueStation(box), PressProfiles(box))
