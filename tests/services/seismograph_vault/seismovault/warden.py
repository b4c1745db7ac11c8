"""The vault warden: its survey tick runs every ten minutes."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import kvbox
import stowage

from .boxes import SeismoVaultBox, unseal_seismo_vault_box
from .repository import TraceCatalogue
from .services import CalibrationDesk, StationDrumReader, SwarmDesk, VaultClock
from .settings import SeismoVaultSettings

log = logging.getLogger(__name__)


@dataclass
class SurveyTally:
    site: str
    clock_synced: bool = False
    calibrating: bool = False
    filed: int = 0


class SeismographVaultWarden:
    def __init__(self, settings: SeismoVaultSettings, box: SeismoVaultBox, catalogue: TraceCatalogue,
                 readers: dict[str, StationDrumReader]) -> None:
        self.settings = settings
        self.box = box
        self.catalogue = catalogue
        self.readers = readers
        self.clock = VaultClock(box, settings.site)
        self.swarm = SwarmDesk(box, settings.swarm_sample_hz)
        self.calibration = CalibrationDesk(box, settings.site)

    async def survey_tick(self) -> SurveyTally:
        tally = SurveyTally(self.settings.site)
        tally.clock_synced = await self.clock.sync()
        if await self.catalogue.seismic_swarm_underway():
            await self.swarm.raise_sample_rate()
        tally.calibrating = await self.catalogue.seismometer_recalibration_due()
        if tally.calibrating:
            await self.calibration.stamp_epoch()
        counts = await asyncio.gather(*[reader.drain(tally.calibrating) for reader in self.readers.values()], return_exceptions=False)
        tally.filed = sum(counts)
        if tally.filed:
            await self.box.fetch("/archive/seal", method="POST", json={"filed": tally.filed})
        log.info("survey of %s: %s", self.settings.site, tally)
        return tally


async def open_seismo_vault(site: str) -> SeismographVaultWarden:
    settings = SeismoVaultSettings.from_env(site)
    db = await stowage.connect_async(settings.dsn)
    catalogue = TraceCatalogue(db, kvbox.AsyncCache(settings.cache_url), settings.site)
    box = unseal_seismo_vault_box(settings.site)
    readers = {station: StationDrumReader(station, box, catalogue) for station in settings.stations}
    log.info("seismograph vault at %s: %d stations", site, len(readers))
    return SeismographVaultWarden(settings, box, catalogue, readers)
