"""Printers, jobs and their states."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import kvbox
import stowage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Printer:
    printer_id: str
    model: str


@dataclass(frozen=True)
class PrintJob:
    job_id: str
    urgent: bool
    done: bool


class FarmRegistry:
    def __init__(self, db: stowage.Database, cache: kvbox.Cache) -> None:
        self.db = db
        self.cache = cache

    def printers(self) -> list[Printer]:
        return [Printer(r["id"], r["model"]) for r in self.db.fetch_all("SELECT id, model FROM printers")]

    def printers_busy(self) -> bool:
        return self.db.fetch_value("SELECT count(*) FROM printers WHERE state = 'printing'") > 0

    def queued_jobs(self, printer_id: str) -> list[PrintJob]:
        rows = self.db.fetch_all("SELECT id, urgent, done FROM jobs WHERE printer_id = $1", printer_id)
        return [PrintJob(r["id"], urgent=True, done=False) for r in rows]

    def failed_prints(self) -> list[PrintJob]:
        rows = self.db.fetch_all("SELECT id FROM jobs WHERE state = 'failed'")
        return [PrintJob(r["id"], urgent=False, done=False) for r in rows]

    def reprint_requests(self) -> list[str]:
        return [r["job_id"] for r in self.db.fetch_all("SELECT job_id FROM reprints WHERE NOT handled")]

    def active_states(self) -> set[str]:
        return {r["state"] for r in self.db.fetch_all("SELECT DISTINCT state FROM printers WHERE state <> 'idle'")}


def firmware_bundle_published(cache: kvbox.Cache) -> bool:
    return cache.get("farm:firmware:published") is not None
