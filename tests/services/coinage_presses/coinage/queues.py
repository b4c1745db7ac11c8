"""Per-site strike queues (a class-level cache) and the mint-wide registry (a singleton)."""

from __future__ import annotations

import logging
from typing import Any

from .ledger import StrikeOrder

log = logging.getLogger(__name__)


class StrikeQueue:
    _instances: dict = {}

    def __init__(self, site: str) -> None:
        self.site = site
        self.pending: list[StrikeOrder] = []

    @classmethod
    def for_site(cls, site: str) -> StrikeQueue:
        return cls._instances.setdefault(site, cls(site))

    def push(self, order: StrikeOrder) -> None:
        self.pending.append(order)

    def take_all(self) -> list[StrikeOrder]:
        taken, self.pending = self.pending, []
        return taken


class MintRegistry:
    """One per process, however many times it is asked for."""

    _the_one: MintRegistry | None = None

    def __new__(cls) -> MintRegistry:
        if cls._the_one is None:
            made = super().__new__(cls)
            made.failed_writes = []
            made.patterns = {}
            cls._the_one = made
        return cls._the_one

    failed_writes: list[dict[str, Any]]
    patterns: dict[str, str]
