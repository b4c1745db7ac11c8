"""The objects that talk to the gateway for the inspector."""

from __future__ import annotations

import logging

from .mixins import GatewayClientMixin
from .repo import HiveRepository, SwarmAlert

log = logging.getLogger(__name__)


class HiveScaleReader(GatewayClientMixin):
    def __init__(self, repo: HiveRepository) -> None:
        self.repo = repo

    def sample_weights(self) -> None:
        self._gateway_post("/scales/sample", hives=self.repo.hive_ids())

    def push_forage_map(self) -> None:
        self._gateway_put("/forage/map", window="1h")


class SwarmWatcher(GatewayClientMixin):
    def raise_alert(self, alert: SwarmAlert) -> None:
        log.warning("swarm alert at %s", alert.hive)
        self._gateway_stream(f"/swarm/{alert.hive}", [alert.sensor])

    def reset_counters(self) -> None:
        self._gateway_reset("queen-sightings")


class HoneyLedger(GatewayClientMixin):
    def record_tick(self, hives: int) -> None:
        self._gateway_note(f"inspected {hives} hives")
