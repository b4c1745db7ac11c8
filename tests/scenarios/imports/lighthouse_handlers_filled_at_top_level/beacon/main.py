"""Start-up of the lighthouse worker."""

from __future__ import annotations

import kvbox
import stowage

from .keeper import LighthouseKeeper
from .lantern import open_lantern_controller
from .logbook import KeeperContext, Logbook
from .settings import BeaconSettings


def main() -> LighthouseKeeper:
    settings = BeaconSettings.from_env()
    context = KeeperContext(open_lantern_controller(settings), Logbook(stowage.connect(settings.dsn)),
                            settings.light_character)
    return LighthouseKeeper(context, kvbox.Cache(settings.cache_url))
