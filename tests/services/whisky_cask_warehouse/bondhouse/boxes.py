"""The bond ledger box: the container that keeps the warehouse's cask book."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)


class BondLedgerBox:
    """The platform's stub for the bond ledger container."""

    def fetch(self, path: str, **kwargs: Any) -> Any:
        raise NotImplementedError("bound by the platform")


def summon_bond_ledger_box(warehouse: str) -> BondLedgerBox:
    log.info("summoning the bond ledger box for %s", warehouse)
    return BondLedgerBox()
