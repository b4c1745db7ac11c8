"""The periodic poller: drains what the webhooks, the feeder and the bus left on the state."""

from __future__ import annotations

import logging

import telemetry

from .audit import MillAuditor
from .buswatch import BusWatcher
from .feeder import KilnFeeder
from .repo import LogYardRepository
from .saws import BandsawClient
from .state import MillState, Order

log = logging.getLogger(__name__)


class SawmillPoller:
    def __init__(self, state: MillState, repo: LogYardRepository, feeder: KilnFeeder, watcher: BusWatcher,
                 saws: BandsawClient) -> None:
        self.state = state
        self.repo = repo
        self.feeder = feeder
        self.watcher = watcher
        self.saws = saws
        self.cut_plan: list[str] = []
        self.rejects: list[str] = []
        self.audit = MillAuditor(self.rejects)
        self.pending_gauge = telemetry.Gauge("sawmill.pending_logs")

    async def tick(self) -> None:
        state = self.state
        self.audit.note("heartbeat")
        self.watcher.arm()
        state.pending |= state.retry_later
        state.retry_later.clear()
        self.pending_gauge.set(len(state.pending))
        await self._drain_pending()
        if await self.repo.bandsaws_under_load():
            self.cut_plan.extend(await self.repo.logs_on_carriage())
        await self.feeder.stage()
        await self._drain_kiln()
        for log_id in self.cut_plan:
            await self.saws.box.fetch(BandsawClient.path_for("carriage", log_id), method="PUT")
        self.cut_plan.clear()
        await self._flush_orders()
        await self._flush_rejects()
        if state.bus_ready.is_set():
            await self.saws.box.fetch(BandsawClient.path_for("bus-drain"), method="POST")
            state.bus_ready.clear()

    async def _drain_pending(self) -> None:
        state = self.state
        while state.pending:
            log_id = state.pending.pop()
            reply = await self.saws.box.fetch(BandsawClient.path_for("log", log_id), method="POST")
            if not reply.ok:
                log.warning("cut plan for %s refused; retrying next tick", log_id)
                state.retry_later.add(log_id)
                continue
            await self.repo.record_cut(log_id)

    async def _drain_kiln(self) -> None:
        queue = self.state.kiln_queue
        while not queue.empty():
            batch = queue.get_nowait()
            await self.saws.box.fetch(BandsawClient.path_for("kiln", batch.batch_id), method="POST", json={"hours": batch.hours})

    async def _flush_orders(self) -> None:
        state = self.state
        if await self.repo.blade_tension_audit_due():
            state.orders["audit"].append(Order(f"tension-{state.yard}", "audit", 0))
        log.debug("rush orders waiting: %d", len(state.orders["rush"]))
        for kind, batch in state.orders.items():
            if batch:
                await self.saws.box.fetch(BandsawClient.path_for("orders", kind), method="POST", json={"orders": [o.order_id for o in batch]})
                batch.clear()
        if state.orders:
            await self.saws.box.set_env_var("SAWMILL_ORDER_KINDS", ",".join(sorted(state.orders)))

    async def _flush_rejects(self) -> None:
        if self.rejects:
            await self.saws.box.fetch(BandsawClient.path_for("audit-trail"), method="POST", json={"entries": list(self.rejects)})
            self.rejects.clear()
