"""The clerk: builds each registered job in the rotation and runs them all every round."""

from __future__ import annotations

import asyncio
import logging
from typing import Any, ClassVar

import kvbox
import stowage

from . import dispensary, stillroom  # noqa: F401  (registers the job kinds)
from .boxes import StillroomBox, summon_stillroom_box
from .jobs import ShelfJob
from .ledger import ShelfLedger, StockroomLedger
from .records import ApothecaryError, RoundReport
from .settings import ApothecarySettings

log = logging.getLogger(__name__)


class StockroomClerk:
    FAILURES: ClassVar[tuple[type[Exception], ...]] = (ApothecaryError, stowage.StowageError)

    def __init__(self, settings: ApothecarySettings, ledger: ShelfLedger, box: StillroomBox) -> None:
        self.settings = settings
        self.ledger = ledger
        self.box = box
        self.request_options: dict[str, Any] = {"timeout": settings.request_timeout}
        self.last_report: RoundReport | None = None

    def _build(self, kind: str) -> ShelfJob:
        job_cls = ShelfJob.for_kind(kind)
        options = {name: getattr(self.settings, name) for name in job_cls.settings_fields}
        return job_cls(ledger=self.ledger, box=self.box, shift=self.settings.shift, **options)

    async def _run_kind(self, kind: str, report: RoundReport) -> None:
        job = self._build(kind)
        try:
            await job.run(**self.request_options)
        except self.FAILURES as exc:
            job.log.warning("job failed: %s", exc)
            report.failed.append(kind)
        else:
            report.finished.append(kind)

    async def shelf_round(self) -> RoundReport:
        report = RoundReport(self.settings.branch)
        await asyncio.gather(*[self._run_kind(kind, report) for kind in ShelfJob.rotation])
        self.last_report = report
        log.info("round done: %s finished, %s failed", report.finished, report.failed)
        return report


async def open_stockroom(branch: str) -> StockroomClerk:
    settings = ApothecarySettings.from_env(branch)
    db = await stowage.connect_async(settings.dsn)
    ledger = StockroomLedger(db, kvbox.AsyncCache(settings.cache_url), settings.branch)
    box = summon_stillroom_box(settings.stillroom)
    log.info("stockroom %s open with %d job kinds", branch, len(ShelfJob.rotation))
    return StockroomClerk(settings, ledger, box)
