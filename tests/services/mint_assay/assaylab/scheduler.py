"""The assay scheduler: its round runs every ten minutes."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from operator import attrgetter
from typing import Any

from .backends import AssayBackend
from .bench import AssayBench
from .handlers import certify_sample, quarantine_strike_batch, recheck_reference_standard
from .ledger import AssayLedger
from .settings import AssaySettings

log = logging.getLogger(__name__)


class AssayScheduler:
    KINDS = ("heartbeat", "calibration", "samples", "pyx")

    def __init__(self, settings: AssaySettings, lab: AssayLedger, bench: AssayBench, backend: AssayBackend) -> None:
        self.settings = settings
        self.lab = lab
        self.bench = bench
        self.backend = backend
        self._busy = False
        self._rounds = 0
        self._handlers: dict[str, Callable[..., Any]] = {
            "fine": partial(certify_sample, lab),
            "debased": partial(quarantine_strike_batch, bench, "below standard fineness"),
            "drift": partial(recheck_reference_standard, bench, settings.standard_fineness),
        }

    def assay_round(self) -> None:
        self._busy = self.lab.has_pending_samples()
        self._rounds += 1
        log.debug("round %d on %s (busy=%s)", self._rounds, self.bench.assay_bench_tag(), self._busy)
        for kind in self.KINDS:
            getattr(self, f"_run_{kind}")()

    def _run_heartbeat(self) -> None:
        self.bench.run("/heartbeat", mint=self.settings.mint, rounds=self._rounds)

    def _run_calibration(self) -> None:
        if self.lab.reference_standard_drifted():
            self._handlers["drift"]()
        self._prepare_bench()

    def _prepare_bench(self) -> None:
        if self._needs_warm_up():
            log.info("warming up the %s bench", self.backend.name)
            self.backend.warm_up()

    def _needs_warm_up(self) -> bool:
        return self._busy

    def _run_samples(self) -> None:
        samples = self.lab.unassayed_coin_samples()
        for sample in sorted(samples, key=attrgetter("priority", "sample_id")):
            reply = self.backend.assay(sample)
            verdict = "fine" if reply.ok else "debased"
            self._handlers[verdict](sample)

    def _run_pyx(self) -> None:
        if not self.lab.trial_of_the_pyx_due():
            return
        log.info("Trial of the Pyx: sending the pyx coins to the bench")
        self.bench.run("/pyx/trial", mint=self.settings.mint, fineness=self.settings.standard_fineness)
