"""Start-up of the distillery worker."""

from __future__ import annotations

import kvbox
import stowage

from .ledger import BondedLedger
from .poller import DistilleryPoller
from .settings import DistillerySettings


def main() -> DistilleryPoller:
    settings = DistillerySettings.from_env()
    return DistilleryPoller(settings, BondedLedger(stowage.connect(settings.dsn)), kvbox.Cache(settings.cache_url))
