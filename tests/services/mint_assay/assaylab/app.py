"""The assay lab's start-up: settings, bench, ledger, backend, scheduler."""

from __future__ import annotations

import logging

import kvbox
import stowage

from .backends import select_backend
from .bench import requisition_assay_bench
from .ledger import AssayLedger
from .scheduler import AssayScheduler
from .settings import AssaySettings

log = logging.getLogger(__name__)


def open_assay_lab(mint: str) -> AssayScheduler:
    settings = AssaySettings.from_env(mint)
    bench = requisition_assay_bench(settings.mint)
    ledger = AssayLedger(stowage.connect(settings.dsn), kvbox.Cache(settings.cache_url), settings.mint)
    backend = select_backend(settings, bench)
    log.info("assay lab %s open", mint)
    return AssayScheduler(settings, ledger, bench, backend)
