"""What the lab does with a verdict, and with a drifted reference standard."""

from __future__ import annotations

import logging

import stowage

from .bench import AssayBench
from .ledger import AssayLedger, CoinSample

log = logging.getLogger(__name__)


def certify_sample(ledger: AssayLedger, sample: CoinSample) -> None:
    try:
        ledger.record_verdict(sample.sample_id, "fine")
    except stowage.StowageError:
        log.warning("sample %s passed but was not recorded; it is assayed again", sample.sample_id)


def quarantine_strike_batch(bench: AssayBench, reason: str, sample: CoinSample) -> None:
    log.warning("batch %s quarantined: %s", sample.batch_id, reason)
    bench.run("/quarantine", batch=sample.batch_id, reason=reason)


def recheck_reference_standard(bench: AssayBench, fineness: int) -> None:
    bench.run("/standards/reference-check", fineness=fineness)
