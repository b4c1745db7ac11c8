"""The snapshot catalogue (a database) and the key schedule."""

from __future__ import annotations

import logging

import kvbox
import stowage

log = logging.getLogger(__name__)


class SnapshotCatalog:
    def __init__(self, db: stowage.Database) -> None:
        self.db = db

    def vault_has_pending_writes(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM snapshot_writes WHERE done = false") > 0

    def unverified_snapshots(self) -> list[str]:
        return [r["id"] for r in self.db.fetch_all("SELECT id FROM snapshots WHERE verified_at IS NULL")]

    def record_listing(self) -> None:
        self.db.execute("UPDATE agent_state SET listed_at = now()")

    def prune_expired(self) -> int:
        return len(self.db.fetch_all("DELETE FROM snapshots WHERE expires_at < now() RETURNING id"))


def encryption_key_rollover(cache: kvbox.Cache) -> bool:
    return cache.get("vault:rollover-at") is not None


def next_vault_key(cache: kvbox.Cache) -> str:
    return cache.get("vault:next-key") or "vault-key-next"
