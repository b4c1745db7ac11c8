"""The stockroom repository: what the shop's database and cache say about jobs, proofs and paper."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import NamedTuple

import kvbox
import stowage

log = logging.getLogger(__name__)


class PrintShopError(Exception):
    """Something the foreman decided not to do."""


@dataclass(frozen=True)
class LetterpressJob:
    job_id: str
    stock: str


@dataclass(frozen=True)
class ProofRun:
    proof_id: str
    customer: str


@dataclass(frozen=True)
class RollerWash:
    shop: str
    pass_number: int


class PassSummary(NamedTuple):
    pass_number: int
    jobs_printed: int
    proofs_pulled: int
    work_done: int


class PressStockroom:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache, shop: str, stock_key: str) -> None:
        self.db = db
        self.cache = cache
        self.shop = shop
        self.stock_key = stock_key

    def letterpress_jobs_on_bed(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM press_jobs WHERE state = 'on_bed'") > 0

    def jobs_on_bed(self) -> list[LetterpressJob]:
        rows = self.db.fetch_all("SELECT job_id, stock FROM press_jobs WHERE state = 'on_bed' ORDER BY queued_at")
        return [LetterpressJob(r["job_id"], r["stock"]) for r in rows]

    def queued_proof_runs(self) -> list[ProofRun]:
        rows = self.db.fetch_all("SELECT proof_id, customer FROM proof_runs WHERE pulled_at IS NULL")
        return [ProofRun(r["proof_id"], r["customer"]) for r in rows]

    def paper_stock_low(self) -> bool:
        return self.cache.get(self.stock_key) is not None

    def ink_well_recalibration_due(self) -> bool:
        return self.cache.get(f"printshop:{self.shop}:ink-calibration") is not None

    def deduct_sheets(self, jobs: int) -> None:
        self.db.execute("UPDATE paper_stock SET sheets = sheets - %s WHERE shop = %s", jobs, self.shop)
