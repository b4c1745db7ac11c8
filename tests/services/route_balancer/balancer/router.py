"""The router: every step talks to the routing box through functions it maps or sorts with."""

from __future__ import annotations

import functools
import logging
from typing import Any

from .records import Depot, Manifest, Parcel, Route, RouteRecords, road_closures_reloaded

log = logging.getLogger(__name__)


class Router:
    def __init__(self, box: Any, records: RouteRecords, depots: tuple[Depot, ...]) -> None:
        self.box = box
        self.records = records
        self.depots = depots

    # functions the steps hand to map, filter, sorted, max and reduce

    def ping_depot(self, depot: Depot) -> str:
        self.box.fetch(f"/depots/{depot.name}/ping")
        return depot.name

    def assign_parcel(self, depot: Depot, parcel: Parcel) -> None:
        self.box.fetch(f"/depots/{depot.name}/assign", method="POST", json={"parcel": parcel.parcel_id})

    def route_is_stale(self, route: Route) -> bool:
        return not self.box.fetch(f"/routes/{route.route_id}/freshness").ok

    def parcel_weight(self, parcel: Parcel) -> float:
        return float(self.box.fetch(f"/parcels/{parcel.parcel_id}/weigh").json().get("kg", parcel.weight_kg))

    def depot_load(self, depot: Depot) -> int:
        return int(self.box.fetch(f"/depots/{depot.name}/load").json().get("load", 0))

    def merge_manifest(self, manifest: Manifest, parcel: Parcel) -> Manifest:
        self.box.fetch("/manifests/merge", method="POST", json={"parcel": parcel.parcel_id})
        return Manifest([*manifest.parcels, parcel.parcel_id], manifest.weight_kg + parcel.weight_kg)

    def closure_detour(self, depot: Depot) -> int:
        return int(self.box.fetch(f"/depots/{depot.name}/detour").json().get("minutes", 0))

    # the steps

    def sync_depots(self) -> int:
        pinged = list(map(self.ping_depot, self.depots))
        log.debug("pinged %s", ", ".join(pinged))
        return len(pinged)

    def assign_unassigned(self) -> None:
        home = self.depots[0]
        list(map(functools.partial(self.assign_parcel, home), self.records.unassigned_parcels()))

    def refresh_stale_routes(self) -> int:
        stale = list(filter(self.route_is_stale, self.records.active_routes()))
        log.info("%d stale routes", len(stale))
        return len(stale)

    def pick_heaviest(self) -> Parcel | None:
        return max(self.records.unassigned_parcels(), key=self.parcel_weight, default=None)

    def order_depots(self) -> list[Depot]:
        return sorted(self.depots, key=self.depot_load)

    def merge_manifests(self) -> Manifest:
        return functools.reduce(self.merge_manifest, self.records.unassigned_parcels(), Manifest())

    def dispatch_drivers(self) -> None:
        if not self.records.drivers_on_shift():
            return
        for depot in self.order_depots():
            self.box.fetch(f"/depots/{depot.name}/dispatch", method="POST")

    def reroute_around_closures(self) -> Depot | None:
        if not road_closures_reloaded(self.records.cache):
            return None
        return min(self.depots, key=self.closure_detour)
