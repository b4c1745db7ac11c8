"""What every stall chore is handed on each tick."""

from __future__ import annotations

from dataclasses import dataclass, field

import kvbox
import queuebus

from .ledger import SpiceLedger
from .records import SpicePrice
from .services import MarketBooths
from .settings import BazaarSettings


@dataclass
class StallContext:
    settings: BazaarSettings
    ledger: SpiceLedger
    booths: MarketBooths
    cache: kvbox.Cache
    arrivals: queuebus.Subscriber
    posted_boards: dict[str, tuple[SpicePrice, ...]] = field(default_factory=dict)
    tick_no: int = 0
