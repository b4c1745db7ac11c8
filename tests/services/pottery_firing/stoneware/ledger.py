"""The kiln ledger: what the studio database and cache say about the kilns."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .records import GlazeBatch, KilnZone

log = logging.getLogger(__name__)


class KilnLedger:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, site: str) -> None:
        self.db = db
        self.cache = cache
        self.site = site

    def stoneware_kiln_lit(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM firings WHERE ended_at IS NULL") > 0

    def queued_stoneware_batches(self) -> list[dict[str, object]]:
        rows = self.db.fetch_all("SELECT id, kind, kiln, cone FROM glaze_batches WHERE state = 'queued'")
        return [{"batch_id": r["id"], "kind": "glaze", "kiln": r["kiln"], "cone": 6} for r in rows]

    def zone_alarm_count(self, zone: KilnZone) -> int:
        return self.db.fetch_value("SELECT count(*) FROM zone_alarms WHERE zone = %s AND open", zone.value)

    def pyrometric_audit_due(self) -> bool:
        return self.cache.get(f"stoneware:{self.site}:cone-audit") is not None

    def log_tick(self, kiln: str, state: str) -> None:
        try:
            self.db.execute("INSERT INTO floor_ticks (kiln, state) VALUES (%s, %s)", kiln, state)
        except stowage.StowageError as exc:
            log.warning("tick not logged: %s", exc)


def parse_batch(raw: dict[str, object]) -> GlazeBatch | None:
    match raw:
        case {"batch_id": str(batch_id), "kind": "glaze" | "bisque" | "raku" as kind, "kiln": str(kiln), **extra}:
            cone = extra.get("cone", 6)
            return GlazeBatch(batch_id=batch_id, kind=kind, kiln=kiln, cone=cone if isinstance(cone, int) else 6)
        case _:
            log.warning("unreadable batch %r", raw)
            return None
