"""The vault's room: its alarm runs every fifteen minutes."""

from __future__ import annotations

import copy
import dataclasses
import logging

import attrs
import kvbox

from .chambers import LocalInstrument, open_seed_chamber
from .records import CatalogueSync, ChamberLink, ProbePair
from .repo import AccessionRepository, viability_audit_due
from .settings import VaultSettings

log = logging.getLogger(__name__)


class SeedVaultRoom:
    def __init__(self, settings: VaultSettings, repo: AccessionRepository, cache: kvbox.AsyncCache) -> None:
        self.settings = settings
        self.repo = repo
        self.cache = cache
        self.frost_room = ChamberLink("frost-room", open_seed_chamber(settings, "frost"))
        self.catalogue = CatalogueSync(LocalInstrument("catalogue.db"))
        self.probes = ProbePair(cold=open_seed_chamber(settings, "cold-probe"), dry=LocalInstrument("hygrometer"))

    async def alarm(self) -> None:
        await self.frost_room.controller.fetch("/climate/check")  # expect: WC001
        mirror = dataclasses.replace(self.frost_room, name="frost-room-mirror")
        await mirror.controller.fetch("/climate/mirror")  # expect: WC001
        sealed = dataclasses.replace(self.frost_room, controller=LocalInstrument("door-sensor"))
        await sealed.controller.fetch("/door/status")

        await self.catalogue.endpoint.fetch("/catalogue/local-sync")
        if await self.repo.accessions_arriving():
            remote = attrs.evolve(self.catalogue, endpoint=open_seed_chamber(self.settings, "catalogue"))
            await remote.endpoint.fetch("/catalogue/remote-sync", json={"batch": remote.batch_size})
        larger = attrs.evolve(self.catalogue, batch_size=200)
        await larger.endpoint.fetch("/catalogue/compact")

        probes = copy.copy(self.probes)
        await probes.cold.fetch("/probes/cold")  # expect: WC001
        await probes.dry.fetch("/probes/dry")

        for sample in await self.repo.germination_tests_due():
            moist = dataclasses.replace(self.frost_room, humidity_target=0.35)
            await moist.controller.fetch(f"/germination/{sample}", json={"rh": moist.humidity_target})

        if await viability_audit_due(self.cache):
            audited = copy.copy(self.frost_room)
            log.info("viability audit in %s", audited.name)
            await audited.controller.set_env_var("VAULT_AUDIT", "on")  # expect: WC002
