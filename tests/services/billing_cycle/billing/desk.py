"""One tenant's invoice desk; the alarm fires every ten minutes."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .base import DeskBase, PingMixin
from .ledger import BillingLedger
from .steps import OPTIONAL, STEPS

log = logging.getLogger(__name__)


class InvoiceDesk(DeskBase, PingMixin):
    def __init__(self, tenant: str, ledger: BillingLedger, cache: kvbox.Cache, region: str = "eu") -> None:
        self.tenant = tenant
        self.ledger = ledger
        self.cache = cache
        self.region = region

    def alarm(self) -> None:
        self.ensure_connected()
        self.ping()
        with self.audit_trail("alarm") as trail:
            for _order, step in STEPS:
                try:
                    step(self)
                except stowage.StowageError:
                    if step.__name__ not in OPTIONAL:
                        raise
                    log.warning("optional step %s failed", step.__name__)
                trail.entries.append(step.__name__)


def make_desk(tenant: str) -> InvoiceDesk:
    return InvoiceDesk(tenant, BillingLedger(stowage.connect(f"postgres://billing/{tenant}")), kvbox.Cache("redis://billing"))
