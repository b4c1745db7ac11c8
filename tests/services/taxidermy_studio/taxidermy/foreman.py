"""The studio foreman: the shift tick runs every ten minutes."""

from __future__ import annotations

import logging

from .ledger import SpecimenLedger
from .settings import StudioSettings
from .workshop import Studio

log = logging.getLogger(__name__)


class StudioForeman:
    def __init__(self, settings: StudioSettings, studio: Studio, ledger: SpecimenLedger) -> None:
        self.settings = settings
        self.studio = studio
        self.ledger = ledger

    def shift_tick(self) -> None:
        self.check_climate()
        if any(b.busy for b in self.studio.benches):
            self.turn_tanning_drum()
        self.mount_waiting_specimens()
        self.warm_up_fresh_tools()
        self.heed_recalls()

    def check_climate(self) -> None:
        for i, spec in enumerate(self.settings.benches):
            if not spec.climate_controlled:
                continue
            reply = self.studio.benches[i].tool.client.fetch("/climate/humidity", method="GET")
            if not reply.ok:
                log.warning("humidity off on the %s bench", spec.name)
                self.studio.benches[i].tool.client.fetch("/climate/dehumidify", method="POST")

    def turn_tanning_drum(self) -> None:
        i = self.studio.index_of("tanning")
        self.studio.benches[i].tool.client.fetch("/drum/rotate", method="POST", json={"turns": 3})
        log.info("turned the drum on %s", self.studio.benches[i].tool.client.label())

    def mount_waiting_specimens(self) -> None:
        i = self.studio.index_of("mounting")
        for specimen in self.ledger.specimens_awaiting_mount():
            self.studio.benches[i].tool.client.fetch(f"/mounts/{specimen.catalog_no}", method="POST", json={"taxon": specimen.taxon})
            self.ledger.record_mount(specimen)

    def warm_up_fresh_tools(self) -> None:
        for i, bench in enumerate(self.studio.benches):
            if bench.tool.fresh:
                self.studio.benches[i].tool.client.fetch("/warmup", method="POST")
                bench.tool.fresh = False
                log.info("warmed up the new %s", bench.tool.kind)

    def heed_recalls(self) -> None:
        if not self.ledger.lyophilizer_recall_issued():
            return
        self.studio.replace_tool(self.studio.index_of("freeze-dry"))
