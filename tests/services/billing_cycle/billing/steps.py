"""Billing steps, registered in the order they must run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from .base import StatementSession
from .boxes import sync_tax_profile
from .ledger import tax_tables_outdated

log = logging.getLogger(__name__)

Step = Callable[[Any], None]

STEPS: list[tuple[int, Step]] = []
OPTIONAL: set[str] = set()


def billing_step(order: int, optional: bool = False) -> Callable[[Step], Step]:
    def register(step: Step) -> Step:
        STEPS.append((order, step))
        STEPS.sort(key=lambda pair: pair[0])
        if optional:
            OPTIONAL.add(step.__name__)
        return step

    return register


@billing_step(10)
def publish_rates(desk: Any) -> None:
    if not desk.ledger.open_billing_runs_exist():
        return
    with StatementSession(desk._box) as session:
        session.push_rates(desk.ledger.current_rates())


@billing_step(20)
def chase_overdue(desk: Any) -> None:
    for invoice_id in desk.ledger.overdue_invoices():
        desk._box.fetch(f"/invoices/{invoice_id}/reminders", method="POST")


@billing_step(30, optional=True)
def refresh_tax(desk: Any) -> None:
    if tax_tables_outdated(desk.cache):
        sync_tax_profile(desk._box, desk.region)
