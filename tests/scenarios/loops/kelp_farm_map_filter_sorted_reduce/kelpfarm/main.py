"""Start-up of the farm worker."""

from __future__ import annotations

import kvbox
import stowage

from .buoys import LongLine, open_buoy_controller
from .orders import FarmOrders
from .poller import KelpFarmPoller
from .settings import KelpLeaseSettings


def main() -> KelpFarmPoller:
    settings = KelpLeaseSettings.from_env()
    lines = {name: LongLine(name, open_buoy_controller(settings, name)) for name in settings.line_names}
    return KelpFarmPoller(lines, FarmOrders(stowage.connect(settings.dsn)), kvbox.Cache(settings.cache_url))
