"""A sequencer's room; the platform fires its alarm every five minutes."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import stowage
import wirecall

from .boxes import mount_sequencer_box
from .decorators import logged_step, requires_activity, retrying
from .settings import LabSettings
from .steps import pull_run_manifests, push_qc_metrics, stage_sample_sheets
from .tracker import RunTracker

log = logging.getLogger(__name__)


class SequencerRoom:
    def __init__(self, settings: LabSettings, tracker: RunTracker, box: Any, lims: wirecall.AsyncClient) -> None:
        self.settings = settings
        self.tracker = tracker
        self.box = box
        self.lims = lims
        self.box_sync_queue: list[tuple[str, dict[str, Any]]] = []

    async def alarm(self) -> None:
        await self.heartbeat()
        await self.upload_base_calls()
        push_qc_metrics(self)
        await self.flush_sync_queue()
        await stage_sample_sheets(self)
        await self.requeue_failed_reads()
        await self.refresh_reference()
        await pull_run_manifests(self)
        if self.settings.force_drain:
            await SequencerRoom.drain_buffers.__wrapped__(self)
        await self.drain_buffers()

    @logged_step
    async def heartbeat(self) -> None:
        await self.box.fetch("/heartbeat", method="PUT", json={"instrument": self.settings.instrument})

    @requires_activity
    async def upload_base_calls(self) -> None:
        await self.box.fetch("/basecalls/upload", method="POST")

    @requires_activity
    async def flush_sync_queue(self) -> None:
        while self.box_sync_queue:
            path, body = self.box_sync_queue.pop(0)
            await self.box.fetch(path, method="POST", json=body)

    @logged_step
    async def requeue_failed_reads(self) -> None:
        for read in await self.tracker.failed_reads():
            await self.box.fetch(f"/reads/{read.read_id}/requeue", method="POST")

    @retrying(2)
    async def refresh_reference(self) -> None:
        if self.tracker.reference_genome_updated():
            await self.box.set_env_var("REFERENCE_GENOME", "latest")

    @requires_activity
    async def drain_buffers(self) -> None:
        await self.box.fetch("/buffers/drain", method="POST")


async def open_room(instrument: str) -> SequencerRoom:
    settings = LabSettings.for_instrument(instrument)
    db = await stowage.connect_async(settings.dsn)
    tracker = RunTracker(db, kvbox.Cache(settings.cache_url), instrument)
    box = mount_sequencer_box(instrument)
    log.info("room for %s on flowcell %s", instrument, box.flowcell_id())
    return SequencerRoom(settings, tracker, box, wirecall.AsyncClient(settings.lims_url))
