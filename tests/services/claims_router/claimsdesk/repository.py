"""Claims, as the database and the cache hold them."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Claim:
    claim_id: str
    policy: str


class ClaimsRepository:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def claims_in_adjudication(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM claims WHERE state = 'adjudicating'") > 0

    def stuck_claims(self) -> list[Claim]:
        rows = self.db.fetch_all("SELECT id, policy FROM claims WHERE state = 'stuck'")
        return [Claim(r["id"], r["policy"]) for r in rows]

    def closed_claims(self, older_than_days: int) -> list[Claim]:
        rows = self.db.fetch_all("SELECT id, policy FROM claims WHERE closed_at < now() - $1", older_than_days)
        return [Claim(r["id"], r["policy"]) for r in rows]

    def decided_claims(self) -> list[Claim]:
        rows = self.db.fetch_all("SELECT id, policy FROM claims WHERE state = 'decided' AND NOT notified")
        return [Claim(r["id"], r["policy"]) for r in rows]

    def record_intake(self, claim_id: str) -> None:
        try:
            self.db.execute("INSERT INTO claims (id, state) VALUES ($1, 'new')", claim_id)
        except stowage.StowageError:
            log.warning("intake of %s not recorded", claim_id)


def fee_schedule_published(cache: kvbox.Cache) -> bool:
    return cache.get("claims:fee-schedule:new") is not None
