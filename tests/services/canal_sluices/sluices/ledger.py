"""The sluice ledger: gauges, the boat queue and the keeper rota, over the database and the cache."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .settings import SluiceSettings
from .snapshots import BoatInQueue, LevelReading

log = logging.getLogger(__name__)


class SluiceLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, settings: SluiceSettings) -> None:
        self.db = db
        self.cache = cache
        self.settings = settings

    def lock_keepers_on_duty(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM keeper_rota WHERE on_beam = true") > 0

    def boats_awaiting_passage(self) -> list[BoatInQueue]:
        rows = self.db.fetch_all("SELECT boat, beam_cm, arrived_at FROM lock_landing WHERE passed_at IS NULL")
        return [BoatInQueue(r["boat"], int(r["beam_cm"]), r["arrived_at"]) for r in rows]

    def canal_breach_reported(self) -> bool:
        return self.cache.get(f"sluices:{self.settings.reach}:breach") is not None

    def read_level(self) -> LevelReading:
        depth = self.db.fetch_value("SELECT depth_cm FROM gauges WHERE reach = %s", self.settings.reach)
        trend = self.db.fetch_value("SELECT trend_cm FROM gauges WHERE reach = %s", self.settings.reach)
        return LevelReading(
            pound=self.settings.reach,
            depth_cm=depth,
            rising=trend > 0,
            spilling=depth > self.settings.weir_crest_cm,
            breach=self.canal_breach_reported(),
        )
