"""The salt ledger: pan gauges, moisture posts, the pump log and the harbour cache."""

from __future__ import annotations

import logging
from typing import cast

import kvbox
import stowage

from .records import MoistureReading, Pan, PanKind, SensorPost
from .settings import PanSpec, SaltWorksSettings

log = logging.getLogger(__name__)


class SaltLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, settings: SaltWorksSettings) -> None:
        self.db = db
        self.cache = cache
        self.settings = settings

    def brine_pumps_primed(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM brine_pumps WHERE primed = true") > 0

    def pans_ready_for_raking(self) -> list[Pan]:
        rows = self.db.fetch_all("SELECT pan, kind, crust_mm FROM pans WHERE crust_mm >= rake_mark_mm")
        return [Pan(r["pan"], cast(PanKind, r["kind"]), int(r["crust_mm"])) for r in rows]

    def spring_tide_flood_warning(self) -> bool:
        return self.cache.get(f"saltworks:{self.settings.site}:flood-warning") is not None

    def read_pan(self, spec: PanSpec) -> Pan:
        level = self.db.fetch_value("SELECT level_mm FROM pan_gauges WHERE pan = %s", spec.name)
        return Pan(spec.name, spec.kind, level)

    def read_moisture(self, post: SensorPost) -> MoistureReading:
        pct = self.db.fetch_value("SELECT moisture_pct FROM moisture_posts WHERE post = %s", post.name)
        return MoistureReading(post.name, pct)
