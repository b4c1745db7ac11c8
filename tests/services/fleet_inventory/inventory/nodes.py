"""Inventory nodes: containers that hold the fleet's hardware database."""

from __future__ import annotations

import logging
from typing import Any, NamedTuple

log = logging.getLogger(__name__)


class InventoryNode:
    """The platform's container stub."""

    def __init__(self, zone: str) -> None:
        self.zone = zone

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


class NodePair(NamedTuple):
    primary: Any
    standby: Any


def lease_inventory_node(zone: str) -> InventoryNode:
    log.info("leasing an inventory node in %s", zone)
    return InventoryNode(zone)
