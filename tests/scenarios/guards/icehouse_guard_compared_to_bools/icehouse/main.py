"""Start-up of the icehouse worker."""

from __future__ import annotations

import kvbox
import stowage

from .keeper import IcehouseKeeper
from .orders import IceOrders
from .settings import IcehouseSettings
from .vault import open_vault_controller


def main() -> IcehouseKeeper:
    settings = IcehouseSettings.from_env()
    return IcehouseKeeper(settings, open_vault_controller(settings), IceOrders(stowage.connect(settings.dsn)),
                          kvbox.Cache(settings.cache_url))
