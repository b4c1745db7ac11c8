"""The cron job: rebalance every five minutes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .main import BalancerRuntime

log = logging.getLogger(__name__)

_runtime: BalancerRuntime | None = None


def configure(runtime: BalancerRuntime) -> None:
    global _runtime
    _runtime = runtime


def _current() -> BalancerRuntime:
    if _runtime is None:
        raise LookupError("configure() has not run")
    return _runtime


def rebalance_routes() -> None:
    router = _current().router
    router.sync_depots()
    router.assign_unassigned()
    router.refresh_stale_routes()
    heaviest = router.pick_heaviest()
    router.order_depots()
    manifest = router.merge_manifests()
    router.dispatch_drivers()
    router.reroute_around_closures()
    log.info("heaviest %s, manifest of %d parcels", heaviest, len(manifest.parcels))
