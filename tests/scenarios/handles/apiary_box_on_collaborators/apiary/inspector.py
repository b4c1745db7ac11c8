"""The inspection poller: the scheduler calls ``tick`` every ten minutes."""

from __future__ import annotations

import logging

import kvbox

from .gateway import LocalJournal, open_apiary_gateway
from .readers import HiveScaleReader, HoneyLedger, SwarmWatcher
from .repo import HiveRepository, queen_census_due
from .settings import ApiarySettings

log = logging.getLogger(__name__)


class HiveInspector:
    def __init__(self, settings: ApiarySettings, repo: HiveRepository, scale: HiveScaleReader,
                 watcher: SwarmWatcher, ledger: HoneyLedger, cache: kvbox.Cache) -> None:
        self.settings = settings
        self.repo = repo
        self.scale = scale
        self.watcher = watcher
        self.ledger = ledger
        self.cache = cache

    def attach(self) -> None:
        gateway = open_apiary_gateway(self.settings)
        self.scale.gateway = gateway
        self.watcher.gateway = gateway
        self.ledger.gateway = LocalJournal(self.settings.journal_path)

    def tick(self) -> None:
        self.scale.sample_weights()
        if self.repo.colony_is_foraging():
            self.scale.push_forage_map()
        alerts = self.repo.swarm_alerts()
        for alert in alerts:
            self.watcher.raise_alert(alert)
        self.ledger.record_tick(len(self.repo.hive_ids()))
        if queen_census_due(self.cache):
            self.watcher.reset_counters()
