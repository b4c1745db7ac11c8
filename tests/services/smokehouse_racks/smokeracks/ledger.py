"""The smokehouse ledger: racks, the smoke generator, audits (a database)."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RackDue:
    rack_id: str
    tier: int


class SmokehouseLedger:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def fish_racks_due_turning(self) -> list[RackDue]:
        rows = self.db.fetch_all("SELECT rack_id FROM racks WHERE next_turn_at <= now() ORDER BY tier, rack_id")
        return [RackDue(str(row["rack_id"]), tier) for tier, row in enumerate(rows)]

    def smoke_generator_smouldering(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM smoke_generators WHERE lit") > 0

    def brine_audit_due(self) -> bool:
        return self.db.fetch_one("SELECT 1 FROM audits WHERE kind = 'brine' AND due_on <= today()") is not None

    def record_turn(self, rack_id: str, degrees: int) -> None:
        self.db.execute("UPDATE racks SET turned_at = now(), angle = angle + %s WHERE rack_id = %s", degrees, rack_id)
