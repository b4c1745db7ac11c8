"""Topping-up work: the pending barrels as an async generator, and the crew that tops them."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import Any

import stowage

from .ledger import CellarLedger, ToppingJob

log = logging.getLogger(__name__)


async def topping_rounds(ledger: CellarLedger, litres: float) -> AsyncIterator[ToppingJob]:
    """Every barrel whose ullage calls for topping, one job each."""
    for barrel_id, cuvee in await ledger.barrels_due_for_topping():
        yield ToppingJob(barrel_id, cuvee, litres)


class ToppingCrew:
    def __init__(self, ledger: CellarLedger) -> None:
        self.ledger = ledger
        self.topped_today: list[str] = []

    async def top_up(self, box: Any, job: ToppingJob) -> bool:
        await box.fetch(f"/barrels/{job.barrel_id}/top-up", method="POST", json={"litres": job.litres, "cuvee": job.cuvee})
        try:
            await self.ledger.record_topping(job.barrel_id)
        except stowage.StowageError:
            log.warning("topping of %s not recorded; the next patrol sees the ullage again", job.barrel_id)
            return False
        self.topped_today.append(job.barrel_id)
        return True
