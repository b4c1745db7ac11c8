from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

from . import jobs
from .records import Depot, RouteRecords
from .router import Router
from .settings import DEPOTS, BalancerSettings
from .solver import borrow_routing_box

log = logging.getLogger(__name__)


@dataclass
class BalancerRuntime:
    settings: BalancerSettings
    router: Router


def build(region: str) -> BalancerRuntime:
    settings = BalancerSettings.for_region(region)
    records = RouteRecords(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url))
    box = borrow_routing_box(region)
    log.info("solver %s", box.solver_version())
    return BalancerRuntime(settings, Router(box, records, tuple(Depot(name) for name in DEPOTS)))


def start(region: str) -> None:
    """The worker's start-up: build the runtime and hand it to the cron job."""
    jobs.configure(build(region))
