"""Start-up of the mill worker."""

from __future__ import annotations

import kvbox
import stowage

from .controller import open_mill_controller
from .ledger import MillLedger
from .poller import WindmillPoller
from .settings import MillSettings


def main() -> WindmillPoller:
    settings = MillSettings.from_env()
    return WindmillPoller(open_mill_controller(settings), MillLedger(stowage.connect(settings.dsn)),
                          kvbox.Cache(settings.cache_url))
