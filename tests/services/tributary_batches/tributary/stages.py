"""The stages a batch goes through, what their handlers are given, and the handler registry."""

from __future__ import annotations

import enum
import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from .workers import TributaryWorker, get_tributary_worker

log = logging.getLogger(__name__)


class BatchStage(enum.Enum):
    EXTRACT = "extract"
    TRANSFORM = "transform"
    LOAD = "load"

    @property
    def endpoint(self) -> str:
        return f"/stages/{self.value}"

    def attempts(self) -> int:
        return 3 if self is BatchStage.LOAD else 1


@dataclass
class StageContext:
    region: str
    run_ids: list[str] = field(default_factory=list)
    counters: dict[str, int] = field(default_factory=dict)
    worker: TributaryWorker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.worker = get_tributary_worker(self.region)


StageHandler = Callable[[StageContext, BatchStage], None]

STAGE_HANDLERS: defaultdict[BatchStage, list[StageHandler]] = defaultdict(list)


def log_stage(ctx: StageContext, stage: BatchStage) -> None:
    ctx.counters[stage.value] = ctx.counters.get(stage.value, 0) + 1
    log.info("stage %s in %s", stage.value, ctx.region)


def dispatch_to_worker(ctx: StageContext, stage: BatchStage) -> None:
    ctx.worker.post(stage.endpoint, {"attempts": stage.attempts()})


def install_stage_handlers() -> defaultdict[BatchStage, list[StageHandler]]:
    for stage in BatchStage:
        STAGE_HANDLERS[stage].append(log_stage)
    STAGE_HANDLERS[BatchStage.EXTRACT].append(dispatch_to_worker)
    STAGE_HANDLERS[BatchStage.LOAD].append(dispatch_to_worker)
    return STAGE_HANDLERS
