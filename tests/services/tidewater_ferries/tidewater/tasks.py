"""Ticket sales: synced to the terminal every five minutes."""

from __future__ import annotations

import logging

from .harbour import TidewaterError, harbour
from .taskkit import task

log = logging.getLogger(__name__)


@task
def sync_tickets() -> int:
    ctx = harbour()
    sales = ctx.repo.unsynced_ticket_sales()
    for sale in sales:
        reply = ctx.box.fetch("/tickets", method="POST", json={"ref": sale.ref, "sailing": sale.sailing, "fare": sale.fare_pence})
        if not reply.ok:
            raise TidewaterError(f"terminal refused ticket {sale.ref}")
        confirm_ticket.delay(sale.ref)
    if sales:
        ctx.repo.mark_sales_synced([s.ref for s in sales])
    ctx.box.fetch("/fares/refresh", method="PUT")
    log.info("synced %d ticket sales", len(sales))
    return len(sales)


@task(queue="notices")
def confirm_ticket(ref: str) -> None:
    harbour().box.fetch(f"/tickets/{ref}/confirm", method="POST")
