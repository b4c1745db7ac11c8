from __future__ import annotations

import logging

import kvbox
import stowage

from .monitor import ReeferMonitor
from .repository import ShipmentRepository
from .settings import LANE_TABLE, DepotSettings
from .units import Lane, Uplink, hire_reefer_box

log = logging.getLogger(__name__)


def start_monitor(depot: str) -> ReeferMonitor:
    settings = DepotSettings.load(depot)
    lanes = [Lane(name, Uplink(hire_reefer_box(depot, name), f"{depot}/{name}"), priority)
             for name, priority in LANE_TABLE]
    primary = hire_reefer_box(depot, "control")
    log.info("monitoring %d lanes, control unit %s", len(lanes), primary.unit_serial())
    return ReeferMonitor(settings, lanes, ShipmentRepository(stowage.connect(settings.dsn)), primary,
                         kvbox.Cache(settings.cache_url))
