"""Moisture posts along the pans: a generator pipeline over the live ones."""

from __future__ import annotations

import logging

from .records import SensorPost
from .repository import SaltLedger

log = logging.getLogger(__name__)


def post_is_live(post: SensorPost) -> bool:
    return post.live


class MoisturePosts:
    def __init__(self, ledger: SaltLedger, limit_pct: int) -> None:
        self.ledger = ledger
        self.limit_pct = limit_pct

    def crust_too_wet(self) -> bool:
        live = filter(post_is_live, self.ledger.settings.sensors)
        readings = map(self.ledger.read_moisture, live)
        return any(reading.moisture_pct > self.limit_pct for reading in readings)
