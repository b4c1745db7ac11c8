"""The periodic blast sweep: a sync step in a worker thread, then async dispatch."""

from __future__ import annotations

import asyncio
import logging
import time
from typing import TYPE_CHECKING, Any, cast

from ..adapters import gateway
from ..core import FragCaps, lookup
from ..core.models import TickPlan

if TYPE_CHECKING:
    from ..adapters import ReportOutbox
    from ..adapters.gateway import FragGateway
    from ..core.ledger import BlastLedger
    from ..core.models import BlastReport
    from ..settings import QuarrySettings

log = logging.getLogger(__name__)


class _PeriodicJob:
    def __init__(self, *, interval_s: int = 300, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.interval_s = interval_s
        self.last_run: float | None = None


class _SiteJob:
    def __init__(self, *, site: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site = site


class BlastSweeper(_SiteJob, _PeriodicJob):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.filed_total = 0

    def _sync_step(self) -> TickPlan:
        ledger: BlastLedger = lookup("ledger")
        link = cast("FragGateway", lookup("gateway"))
        settings: QuarrySettings = lookup("settings")
        wanted = link.caps
        if not ledger.blasts_scheduled():
            wanted &= ~FragCaps.SEISMIC
        if FragCaps.SEISMIC in wanted:
            link.arm_seismographs()
        if wanted & FragCaps.VIBRATION:
            try:
                link.sync_vibration_limits()
            except gateway.QuarryGatewayError:
                log.warning("vibration limits not synced at %s", self.site)
        reports = list(ledger.pending_blast_reports())
        return TickPlan(caps=wanted, benches=list(settings.benches), reports=reports)

    def _file_one(self, report: BlastReport) -> bool:
        link = cast("FragGateway", lookup("gateway"))
        if link.file_report(report):
            lookup("ledger").mark_filed(report.report_id)
            return True
        return False

    async def run_once(self) -> None:
        plan = await asyncio.to_thread(self._sync_step)
        loop = asyncio.get_running_loop()
        link: FragGateway = lookup("gateway")
        filed = sum([await loop.run_in_executor(None, self._file_one, report) for report in plan.reports])
        if filed:
            await loop.run_in_executor(None, link.flush)
        if FragCaps.DUST in plan.caps:
            await asyncio.gather(*[loop.run_in_executor(None, link.sample_dust, bench) for bench in plan.benches])
        ledger: BlastLedger = lookup("ledger")
        if await asyncio.to_thread(ledger.licence_renewal_due):
            await loop.run_in_executor(None, gateway.push_licence_banner, link.box, self.site)
        outbox: ReportOutbox = lookup("outbox")
        outbox.note(plan, filed)
        outbox.flush()
        self.filed_total += filed
        self.last_run = time.monotonic()
