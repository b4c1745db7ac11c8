"""The zone catalog."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExpiringSignature:
    zone: str
    rrset: str


class ZoneCatalog:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def zones_pending_signing(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM zones WHERE serial > signed_serial") > 0

    def expiring_signatures(self, within_days: int) -> list[ExpiringSignature]:
        rows = self.db.fetch_all("SELECT zone, rrset FROM rrsigs WHERE expires < now() + $1", within_days)
        return [ExpiringSignature(r["zone"], r["rrset"]) for r in rows]

    def record_heartbeat(self) -> None:
        self.db.execute("UPDATE signer SET heartbeat_at = now()")

    def ksk_rollover_scheduled(self) -> bool:
        return self.cache.get("dns:ksk-rollover") is not None
