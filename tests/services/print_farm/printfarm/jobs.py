"""Queue housekeeping: each step decides from the queues whether to call the slicer."""

from __future__ import annotations

import logging

from .farm import PrintFarm
from .registry import Printer

log = logging.getLogger(__name__)


def queue_stats(farm: PrintFarm, printers: list[Printer]) -> None:
    queues = [farm.registry.queued_jobs(p.printer_id) for p in printers]
    if sum(len(q) for q in queues) > 0:
        farm.box.fetch("/stats/queue-depth", method="PUT", json={"depth": sum(len(q) for q in queues)})


def retry_failures(farm: PrintFarm) -> None:
    failed = farm.registry.failed_prints()
    reprints = farm.registry.reprint_requests()
    if len(failed) + len(reprints) > 0:
        farm.box.fetch("/jobs/retry", method="POST", json={"failed": len(failed), "reprints": len(reprints)})


def expedite_urgent(farm: PrintFarm, printers: list[Printer]) -> None:
    for printer in printers:
        if any(job.urgent for job in farm.registry.queued_jobs(printer.printer_id)):
            farm.box.fetch(f"/printers/{printer.printer_id}/expedite", method="POST")


def archive_finished(farm: PrintFarm, printers: list[Printer]) -> None:
    for printer in printers:
        if all(job.done for job in farm.registry.queued_jobs(printer.printer_id)):
            farm.box.fetch(f"/printers/{printer.printer_id}/spool/archive", method="POST")
