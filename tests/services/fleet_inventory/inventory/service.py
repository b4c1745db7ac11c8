from __future__ import annotations

import kvbox
import stowage

from .poller import InventoryPoller
from .repo import InventoryRepo


def build_poller(dsn: str) -> InventoryPoller:
    repo = InventoryRepo(stowage.connect(dsn), kvbox.Cache("redis://inventory"))
    return InventoryPoller(repo, zones=("zone-a", "zone-b"))
