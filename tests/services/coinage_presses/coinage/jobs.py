"""The three jobs the mint's scheduler runs every two minutes."""

from __future__ import annotations

import logging

import stowage

from .ledger import MintLedger
from .pressbox import DieInspector, PressClient
from .queues import MintRegistry, StrikeQueue

log = logging.getLogger(__name__)


class PlanchetIntake:
    def __init__(self, ledger: MintLedger, site: str) -> None:
        self.ledger = ledger
        self.site = site

    def collect(self) -> None:
        queue = StrikeQueue.for_site(self.site)
        registry = MintRegistry()
        taken = 0
        for order in self.ledger.pending_strike_orders():
            queue.push(order)
            registry.patterns[order.die] = self.ledger.die_pattern(order.die)
            taken += 1
        try:
            self.ledger.record_intake(taken)
        except stowage.StowageError as exc:
            log.warning("intake audit not written: %s", exc)
            registry.failed_writes.append({"site": self.site, "taken": taken})


class StrikeDispatcher:
    def __init__(self, client: PressClient, site: str) -> None:
        self.client = client
        self.site = site

    def drain(self) -> None:
        for order in StrikeQueue.for_site(self.site).take_all():
            self.client.post(f"/dies/{order.die}/strike", json={"order": order.order_id, "pieces": order.pieces})
        registry = MintRegistry()
        if registry.failed_writes:
            replay, registry.failed_writes = registry.failed_writes, []
            self.client.box.fetch("/ledger/replay", method="POST", json={"rows": replay})


class DieJanitor:
    def __init__(self, ledger: MintLedger, client: PressClient, inspector: DieInspector, compact_every: int) -> None:
        self.ledger = ledger
        self.client = client
        self.inspector = inspector
        self.compact_every = compact_every
        self.sweeps = 0

    def sweep(self) -> None:
        self.sweeps += 1
        patterns = MintRegistry().patterns
        for die, pattern in list(patterns.items()):
            self.client.box.fetch(f"/dies/{die}/warm", method="PUT", json={"pattern": pattern})
            del patterns[die]
        if self.ledger.press_hall_running():
            self.client.box.fetch("/furnace/telemetry", method="GET")
        if self.sweeps % 2 == 0:
            self.client.box.fetch("/hall/compact", method="POST")
        if self.ledger.die_inspection_due():
            self.inspector.rig.set_env_var("INSPECTION_SITE", self.inspector.site)
