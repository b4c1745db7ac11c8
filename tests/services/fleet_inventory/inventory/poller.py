"""The inventory poll: every two minutes."""

from __future__ import annotations

import copy
import dataclasses
import logging
from typing import Any

import attrs

from .nodes import NodePair, lease_inventory_node
from .records import Placement, Route
from .repo import InventoryRepo, inventory_schema_migrating

log = logging.getLogger(__name__)


class InventoryPoller:
    def __init__(self, repo: InventoryRepo, zones: tuple[str, str]) -> None:
        self.repo = repo
        self.zones = zones
        self.pair: NodePair | None = None
        self.placements: list[Placement] = []
        self.reserve: tuple[str, Any, Any] = ("zone-c", None, None)
        self.snapshot_route: Route | None = None

    def connect(self) -> None:
        primary_zone, standby_zone = self.zones
        primary = lease_inventory_node(primary_zone)
        standby = lease_inventory_node(standby_zone)
        self.pair = NodePair(primary, standby)
        base = Placement(node=primary, zone=primary_zone, weight=2)
        self.placements = [base, attrs.evolve(base, node=standby, zone=standby_zone)]
        # No dedicated reserve node is leased yet: the reserve zone borrows the primary.
        self.reserve = ("zone-c", None, primary)
        self.snapshot_route = Route(target=standby, path="/snapshot")

    def tick(self) -> None:
        assert self.pair is not None and self.snapshot_route is not None
        primary, standby = self.pair
        if self.repo.failover_requested():
            primary, standby = standby, primary
        primary.fetch("/inventory/heartbeat")
        log.debug("primary is %s", primary.node_id())
        first, *rest = self.placements
        if self.repo.fleet_has_inflight_audits():
            for placement in rest:
                placement.node.fetch("/zones/sync", zone=placement.zone)
        nightly = dataclasses.replace(self.snapshot_route, path="/snapshot/full")
        for host in self.repo.drifted_hosts():
            nightly.target.fetch(nightly.path, method=nightly.method, host=host)
        if self.repo.capacity_report_due():
            self.report_capacity(copy.copy(first))
        self.warm_reserve()
        self.migrate_schema_if_needed()

    def report_capacity(self, placement: Placement) -> None:
        placement.weight = 0
        placement.node.fetch("/capacity", zone=placement.zone)

    def warm_reserve(self) -> None:
        zone, dedicated, _borrowed = self.reserve
        if dedicated is not None:
            dedicated.fetch("/reserve/warm", zone=zone)

    def migrate_schema_if_needed(self) -> None:
        if inventory_schema_migrating(self.repo):
            standby_node = self.pair[1] if self.pair else None
            standby_node.set_env_var("INVENTORY_SCHEMA", "v2")
