"""The silo watch: its sweep runs every five minutes."""

from __future__ import annotations

import logging

import stowage

from .boxes import SiloLinkError
from .models import AerationRun, FumigationNotice, ProbeReading, Silo, SweepLog, WatchCursor
from .repository import ProbeSample, SiloRepository
from .settings import SiloSettings
from .unitofwork import GrainSession

log = logging.getLogger(__name__)


class SiloWatch:
    def __init__(self, settings: SiloSettings, repo: SiloRepository, session: GrainSession) -> None:
        self.settings = settings
        self.repo = repo
        self.session = session
        self._sweeps = 0

    def sweep(self) -> None:
        self._sweeps += 1
        try:
            with self.session.begin():
                self._load_silos()
                readings = self._log_readings()
                fans_on = self._tend_aeration()
                self.session.add(SweepLog(self._sweeps, self.settings.site, len(readings), fans_on))
                if self.repo.fumigation_window_open():
                    self.session.add(FumigationNotice(self.settings.site, self._sweeps))
        except (SiloLinkError, stowage.StowageError) as exc:
            log.warning("sweep %d not recorded: %s", self._sweeps, exc)

    def _load_silos(self) -> None:
        for row in self.repo.silo_rows():
            if self.session.get(Silo, row["silo_id"]) is None:
                self.session.load(Silo(row["silo_id"], row["grain"]))

    def _log_readings(self) -> list[ProbeSample]:
        readings = self.repo.unlogged_probe_readings()
        for sample in readings:
            if self.session.get(ProbeReading, sample.reading_id) is None:
                self.session.add(ProbeReading(sample.reading_id, sample.silo_id, sample.celsius, self.settings.hot_celsius))
        cursor = self.session.get(WatchCursor, self.settings.site)
        if cursor is not None:
            cursor.readings_total += len(readings)
        if readings:
            self.repo.mark_readings_logged([sample.reading_id for sample in readings])
        return readings

    def _tend_aeration(self) -> bool:
        if not self.repo.silo_fans_running():
            return False
        for silo in self.session.all(Silo):
            silo.aerating = True
            self.session.add(AerationRun(silo.silo_id, self._sweeps))
        return True
