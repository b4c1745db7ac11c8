"""The rollup room of one tenant; its alarm fires every five minutes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import kvbox
import stowage

from .exporters import EXPORTERS
from .shards import ShardRef, flush_shard_buffers, spawn_rollup_shard
from .store import RollupStore, retention_policy_changed

log = logging.getLogger(__name__)

FAMILIES = ("cpu", "memory")


class RollupRoom:
    def __init__(self, tenant: str, store: RollupStore, cache: kvbox.Cache) -> None:
        self.tenant = tenant
        self.store = store
        self.cache = cache
        self.shards: dict[str, ShardRef] = {}
        self.probes: list[Callable[[], Any]] = []

    def boot(self) -> None:
        for family in FAMILIES:
            self.shards[family] = ShardRef(family, spawn_rollup_shard(family))
        self.probes.extend([lambda ref=ref: ref.box.fetch("/health").status for ref in self.shards.values()])

    def alarm(self) -> None:
        refs = list(self.shards.values())
        boxes = [ref.box for ref in refs]
        for box in boxes:
            box.fetch("/rollup/ping", tenant=self.tenant)
        if self.store.rollup_window_open():
            self._compact({ref.name: ref.box for ref in refs})
        late = {ref.name: self.store.late_datapoints(ref.name) for ref in refs}
        backfilled = sum(ref.box.fetch("/backfill", points=len(late[ref.name])).ok for ref in refs if late[ref.name])
        log.debug("backfilled %d shards", backfilled)
        if self.store.health_check_due():
            statuses = {probe() for probe in self.probes}
            log.info("shard health: %s", sorted(statuses))
        exported = [export(boxes[0]) for export in EXPORTERS.values()]
        log.debug("exported %d", len(exported))
        if retention_policy_changed(self.cache):
            flush_shard_buffers(*(ref.box for ref in refs))

    def _compact(self, open_boxes: dict[str, Any]) -> None:
        for family, box in open_boxes.items():
            box.fetch(f"/compact/{family}", method="POST")


def open_room(tenant: str) -> RollupRoom:
    room = RollupRoom(tenant, RollupStore(stowage.connect(f"postgres://rollup/{tenant}")), kvbox.Cache("redis://rollup"))
    room.boot()
    return room
