"""The snapshot keeper: its alarm fires every fifteen minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .boxes import init_vault, vault
from .catalog import SnapshotCatalog, encryption_key_rollover, next_vault_key
from .sessions import KeyRollover, SnapshotLock, VaultSession, maintenance_window

log = logging.getLogger(__name__)


class SnapshotKeeper:
    def __init__(self, catalog: SnapshotCatalog, cache: kvbox.Cache) -> None:
        self.catalog = catalog
        self.cache = cache

    def alarm(self) -> None:
        with maintenance_window(vault()):
            pruned = self.catalog.prune_expired()
            log.info("pruned %d snapshots", pruned)
        self.list_snapshots()
        if self.catalog.vault_has_pending_writes():
            with VaultSession(vault(), "flush"):
                log.info("flushing pending writes")
        self.verify_new_snapshots()
        self.roll_key_if_due()

    def list_snapshots(self) -> None:
        try:
            with SnapshotLock(vault()) as box:
                box.fetch("/snapshots", method="GET")
                self.catalog.record_listing()
        except stowage.StowageError:
            log.warning("listing not recorded; next alarm retries")

    def verify_new_snapshots(self) -> None:
        for snapshot_id in self.catalog.unverified_snapshots():
            with VaultSession(vault(), "verify") as session:
                session.verify(snapshot_id)

    def roll_key_if_due(self) -> None:
        if not encryption_key_rollover(self.cache):
            return
        with KeyRollover(vault(), next_vault_key(self.cache)):
            log.info("rolling the vault key")


def start_agent(region: str) -> SnapshotKeeper:
    init_vault(region)
    return SnapshotKeeper(SnapshotCatalog(stowage.connect("postgres://vault")), kvbox.Cache("redis://vault"))
