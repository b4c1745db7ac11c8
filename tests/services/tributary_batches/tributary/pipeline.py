"""The pipeline's tick: what runs every minute."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence

import kvbox

from .ledger import BatchLedger, schema_drift_flagged
from .settings import TributarySettings
from .stages import BatchStage, StageContext, StageHandler
from .workers import get_tributary_worker
from .writers import BatchWriter

log = logging.getLogger(__name__)


class TributaryPipeline:
    def __init__(self, settings: TributarySettings, ledger: BatchLedger, writer: BatchWriter,
                 ctx: StageContext, cache: kvbox.Cache,
                 handlers: Mapping[BatchStage, Sequence[StageHandler]]) -> None:
        self.settings = settings
        self.ledger = ledger
        self.writer = writer
        self.ctx = ctx
        self.cache = cache
        self.handlers = handlers
        self.ticks = 0

    def tick(self) -> None:
        self.ticks += 1
        busy = self.ledger.tributary_backlog_open()
        log.info("tick %d: backlog open=%s", self.ticks, busy)
        for stage in self.settings.stages:
            if not busy:
                continue
            for handler in self.handlers.get(stage, ()):
                handler(self.ctx, stage)
        self.flush_pending()
        self.close_partitions()
        self.writer.heartbeat()
        self.check_schema()
        if busy:
            self.seal_manifest()

    def flush_pending(self) -> None:
        if (n := self.ledger.pending_batch_count()) == 0:
            return
        self.writer.write_batch(min(n, self.settings.batch_limit))

    def close_partitions(self) -> None:
        for part in self.ledger.unsealed_partitions():
            if part.late_rows:
                log.warning("partition %s has late rows; not closing", part.name)
                break
            self.ctx.counters[part.name] = self.ticks
        else:
            self.ctx.worker.post("/partitions/closed", {"region": self.ctx.region})

    def check_schema(self) -> None:
        if schema_drift_flagged(self.cache):
            get_tributary_worker(self.settings.region).post("/schema/reload")

    def seal_manifest(self) -> None:
        self.ctx.worker.post("/manifest/seal", {"runs": list(self.ctx.run_ids)})
