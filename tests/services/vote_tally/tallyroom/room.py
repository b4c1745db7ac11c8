"""A jurisdiction's tally room; the runtime fires its alarm every minute on election night."""

from __future__ import annotations

import logging
from typing import Any

import kvbox
import queuebus
import stowage

from .boxes import seat_tally_box
from .returns import ReturnsRepository
from .settings import TallySettings
from .snapshot import ProjectionState, SnapshotCollector, TallySnapshot

log = logging.getLogger(__name__)


class TallyRoom:
    def __init__(self, settings: TallySettings, repo: ReturnsRepository, collector: SnapshotCollector, box: Any,
                 corrections: queuebus.AsyncSubscriber) -> None:
        self.settings = settings
        self.repo = repo
        self.collector = collector
        self.box = box
        self.corrections = corrections

    async def alarm(self) -> None:
        snapshot = await self.collector.snapshot()
        await self.publish_results(snapshot)
        await self.keep_feed_alive(snapshot)
        await self.resolve_disputes(snapshot)
        await self.certify(snapshot)
        await self.apply_corrections()
        await self.refresh_projection(await self.collector.projection())
        await self.toggle_live_banner(await self.repo.precincts_reporting())

    async def publish_results(self, snapshot: TallySnapshot) -> None:
        match snapshot:
            case TallySnapshot(reporting=True, precinct_count=count) if count > 0:
                await self.box.fetch("/results/publish", method="POST", json={"precincts": count})
            case TallySnapshot(reporting=False):
                log.debug("no precinct reporting; nothing to publish")

    async def keep_feed_alive(self, snapshot: TallySnapshot) -> None:
        match snapshot:
            case TallySnapshot(reporting=False, dispute_count=0):
                await self.box.fetch("/feed/keepalive", method="POST")
            case _:
                log.debug("the feed is busy on its own")

    async def resolve_disputes(self, snapshot: TallySnapshot) -> None:
        match snapshot:
            case TallySnapshot(dispute_count=0):
                return
            case TallySnapshot(dispute_count=count):
                await self.box.fetch("/disputes/adjudicate", method="POST", json={"count": count})

    async def certify(self, snapshot: TallySnapshot) -> None:
        match snapshot:
            case TallySnapshot(certification_due=True, reporting=False):
                await self.box.fetch("/results/certify", method="POST")
            case TallySnapshot(certification_due=True):
                log.info("certification waits for the last precincts")

    async def apply_corrections(self) -> None:
        for message in await self.corrections.poll(max_messages=5):
            match message:
                case queuebus.Message(topic="tally.corrections"):
                    await self.box.fetch("/results/corrections", method="POST", json=message.body)
                case queuebus.Message(topic=other):
                    log.warning("unexpected topic %s", other)
            message.ack()

    async def refresh_projection(self, state: ProjectionState) -> None:
        match state:
            case ProjectionState(True, precincts):
                await self.box.fetch("/projection/refresh", method="POST", json={"precincts": precincts})
            case ProjectionState(False, _):
                log.debug("projection frozen")

    async def toggle_live_banner(self, reporting: bool) -> None:
        match reporting:
            case True:
                await self.box.fetch("/banner/live", method="PUT")
            case False:
                log.debug("banner stays off")


async def open_room(jurisdiction: str) -> TallyRoom:
    settings = TallySettings.for_jurisdiction(jurisdiction)
    repo = ReturnsRepository(await stowage.connect_async(settings.dsn))
    collector = SnapshotCollector(repo, kvbox.AsyncCache(settings.cache_url), jurisdiction)
    box = seat_tally_box(jurisdiction)
    log.info("tally box for %s", box.jurisdiction())
    return TallyRoom(settings, repo, collector, box, queuebus.AsyncSubscriber(settings.corrections_topic))
